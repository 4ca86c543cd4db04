// Package articletest gives programs that use package article what they
// need to property-test their own code on realistic articles: rapid
// generators of articles, bodies and raw files (Article, HTMLBody,
// HostileHTML, MarkdownBody, File), laws a transform should obey (Check with
// Idempotent, Deterministic, KeepsMetadata, KeepsBody, RoundTrips,
// SafeHTML), the HTML safety oracle the sanitizer is tested with
// (CheckHTML), and helpers for testing/quick and math/rand users (Random,
// Quick).
//
// Every generated article is one that package article writes and reads back
// unchanged: article.Parse(a.WriteTo()) equals a.
//
//	func TestMyTransform(t *testing.T) {
//		articletest.Check(t, myTransform, articletest.Idempotent(), articletest.Deterministic())
//	}
package articletest
