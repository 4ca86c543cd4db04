package feed_test

import (
	"errors"
	"fmt"
	"log"
	"os"
	"strings"
	"testing/fstest"
	"time"

	"github.com/articlekit/article"
	"github.com/articlekit/article/feed"
)

func exampleArticles() []*article.Article {
	return []*article.Article{{
		Title:       "Fish & chips <for> \"everyone\"",
		Description: "A short look at a classic.",
		PublishedOn: time.Date(2025, 2, 14, 9, 30, 0, 0, time.UTC),
		MainImage:   article.Image{URL: "/img/fish.jpg", Alt: "A plate of fish and chips"},
		Source:      "example.com",
		Body:        "<p>Crisp &amp; golden.</p>",
		Format:      article.HTML,
	}}
}

func ExampleWrite() {
	ch := feed.Channel{Title: "Food news", BaseURL: "https://example.com/news", Language: "en"}
	if err := feed.Write(os.Stdout, feed.RSS, ch, exampleArticles()); err != nil {
		log.Fatal(err)
	}
	// Output:
	// <?xml version="1.0" encoding="UTF-8"?>
	// <rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/">
	//   <channel>
	//     <title>Food news</title>
	//     <link>https://example.com/news/</link>
	//     <description>Food news</description>
	//     <language>en</language>
	//     <lastBuildDate>Fri, 14 Feb 2025 09:30:00 +0000</lastBuildDate>
	//     <item>
	//       <title>Fish &amp; chips &lt;for&gt; &#34;everyone&#34;</title>
	//       <link>https://example.com/news/fish-chips-for-everyone</link>
	//       <guid isPermaLink="true">https://example.com/news/fish-chips-for-everyone</guid>
	//       <pubDate>Fri, 14 Feb 2025 09:30:00 +0000</pubDate>
	//       <atom:updated>2025-02-14T09:30:00Z</atom:updated>
	//       <description>A short look at a classic.</description>
	//       <content:encoded>&lt;p&gt;Crisp &amp;amp; golden.&lt;/p&gt;</content:encoded>
	//       <enclosure url="https://example.com/img/fish.jpg" length="0" type="image/jpeg"></enclosure>
	//       <media:content url="https://example.com/img/fish.jpg" medium="image" type="image/jpeg">
	//         <media:description>A plate of fish and chips</media:description>
	//       </media:content>
	//     </item>
	//   </channel>
	// </rss>
}

func ExampleWrite_json() {
	ch := feed.Channel{Title: "Food news", BaseURL: "https://example.com/news"}
	if err := feed.Write(os.Stdout, feed.JSON, ch, exampleArticles()); err != nil {
		log.Fatal(err)
	}
	// Output:
	// {
	//   "version": "https://jsonfeed.org/version/1.1",
	//   "title": "Food news",
	//   "home_page_url": "https://example.com/news/",
	//   "items": [
	//     {
	//       "id": "https://example.com/news/fish-chips-for-everyone",
	//       "url": "https://example.com/news/fish-chips-for-everyone",
	//       "title": "Fish & chips <for> \"everyone\"",
	//       "content_html": "<p>Crisp &amp; golden.</p>",
	//       "summary": "A short look at a classic.",
	//       "image": "https://example.com/img/fish.jpg",
	//       "date_published": "2025-02-14T09:30:00Z",
	//       "date_modified": "2025-02-14T09:30:00Z"
	//     }
	//   ]
	// }
}

func ExampleWrite_atom() {
	// With MaxItems, the feed's date is known before the entries.
	ch := feed.Channel{Title: "Food news", BaseURL: "https://example.com/news", FeedURL: "https://example.com/news/atom.xml", MaxItems: 20}
	if err := feed.Write(os.Stdout, feed.Atom, ch, exampleArticles()); err != nil {
		log.Fatal(err)
	}
	// Output:
	// <?xml version="1.0" encoding="UTF-8"?>
	// <feed xmlns="http://www.w3.org/2005/Atom">
	//   <id>https://example.com/news/atom.xml</id>
	//   <title type="text">Food news</title>
	//   <updated>2025-02-14T09:30:00Z</updated>
	//   <link rel="alternate" href="https://example.com/news/" type="text/html"></link>
	//   <link rel="self" href="https://example.com/news/atom.xml" type="application/atom+xml"></link>
	//   <author>
	//     <name>Food news</name>
	//   </author>
	//   <entry>
	//     <id>https://example.com/news/fish-chips-for-everyone</id>
	//     <title type="text">Fish &amp; chips &lt;for&gt; &#34;everyone&#34;</title>
	//     <published>2025-02-14T09:30:00Z</published>
	//     <updated>2025-02-14T09:30:00Z</updated>
	//     <link rel="alternate" href="https://example.com/news/fish-chips-for-everyone" type="text/html"></link>
	//     <link rel="enclosure" href="https://example.com/img/fish.jpg" type="image/jpeg" title="A plate of fish and chips"></link>
	//     <summary type="text">A short look at a classic.</summary>
	//     <content type="html">&lt;p&gt;Crisp &amp;amp; golden.&lt;/p&gt;</content>
	//   </entry>
	// </feed>
}

// A feed of the newest articles of a folder, read as a stream: memory
// holds MaxItems items, however many files there are. Files that cannot be
// read, and articles that cannot be items, are reported and left out.
func ExampleWriteSeq() {
	fsys := fstest.MapFS{
		"old.md":      {Data: []byte("---\ntitle: Old\npublishedOn: 2025-01-01\n---\nOld news.\n")},
		"new.md":      {Data: []byte("---\ntitle: New\npublishedOn: 2025-03-01\n---\nNew news.\n")},
		"newer.md":    {Data: []byte("---\ntitle: Newer\npublishedOn: 2025-04-01\n---\nNewer news.\n")},
		"untitled.md": {Data: []byte("---\npublishedOn: 2025-05-01\n---\nNo title.\n")},
	}
	var failed []error
	articles := func(yield func(*article.Article) bool) {
		for a, err := range article.ParseFS(fsys, "*.md") {
			if err != nil {
				failed = append(failed, err)
				continue
			}
			if !yield(a) {
				return
			}
		}
	}
	ch := feed.Channel{Title: "News", BaseURL: "https://example.com/news", MaxItems: 2}
	var out strings.Builder
	err := feed.WriteSeq(&out, feed.JSON, ch, articles)
	fmt.Println("left out:", errors.Join(append(failed, err)...))
	for _, line := range strings.Split(out.String(), "\n") {
		if strings.Contains(line, `"title"`) {
			fmt.Println(strings.TrimSpace(line))
		}
	}
	// Output:
	// left out: untitled.md: feed item 3 left out: title is empty
	// "title": "News",
	// "title": "Newer",
	// "title": "New",
}

func ExampleNewsArticle() {
	ld, err := feed.NewsArticle(exampleArticles()[0], feed.Channel{Title: "Food news", BaseURL: "https://example.com/news"})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("<script type=\"application/ld+json\">%s</script>\n", ld)
	// Output:
	// <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Fish \u0026 chips \u003cfor\u003e \"everyone\"","description":"A short look at a classic.","image":["https://example.com/img/fish.jpg"],"datePublished":"2025-02-14T09:30:00Z","dateModified":"2025-02-14T09:30:00Z","publisher":{"@type":"Organization","name":"example.com"},"url":"https://example.com/news/fish-chips-for-everyone","mainEntityOfPage":{"@type":"WebPage","@id":"https://example.com/news/fish-chips-for-everyone"}}</script>
}

func ExampleSlugify() {
	fmt.Println(feed.Slugify("Apple’s AI: 11% drop in China!"))
	fmt.Println(feed.Slugify("苹果公司 与 AI"))
	// Output:
	// apples-ai-11-drop-in-china
	// 苹果公司-与-ai
}

func ExampleParseFormat() {
	f, err := feed.ParseFormat("atom")
	fmt.Println(f, f.ContentType(), err)
	// Output:
	// atom application/atom+xml; charset=utf-8 <nil>
}
