// Package article reads, checks and writes article files: front matter in
// YAML, TOML or JSON followed by an HTML or Markdown body, as content
// exports, static-site generators and CMS migrations produce them.
//
// Parse, ParseFile and ParseFS turn files into typed *Article values; every
// front-matter key without a typed field is kept in Extra, and problems are
// reported as *Error naming the file, line and key. Validate reports
// problems in the data itself. WriteTo writes an article back so that Parse
// reads the same article again, and an Article marshals to stable JSON.
// A Transform changes an article in place; Chain composes them, and package
// transform holds the summarize and convert transforms.
//
//	a, err := article.ParseFile("news/alibaba-apple.md")
//	if err != nil {
//		log.Fatal(err) // news/alibaba-apple.md:5: publishedOn: cannot read "2025-13-45" as a date
//	}
//	if err := a.Validate(); err != nil {
//		log.Print(err) // news/alibaba-apple.md:6: updatedOn: 2025-02-17 is before publishedOn 2025-04-07
//	}
//	a.WriteTo(os.Stdout)
package article
