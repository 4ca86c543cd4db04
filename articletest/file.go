package articletest

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"github.com/articlekit/article"
	"pgregory.net/rapid"
)

// FileCase is a raw article file and what Parse must make of it.
type FileCase struct {
	Name  string           // how the file was made, such as "yaml crlf" or "unclosed"
	Data  []byte           // the file's bytes
	Valid bool             // whether Parse must accept it
	Want  *article.Article // for a valid file, the article Parse must return
}

// File generates raw article files: YAML front matter as WriteTo writes it,
// with CRLF line ends, a byte-order mark, leading blank lines or a "..."
// closer; TOML and JSON front matter; and malformed files that Parse must
// refuse: unclosed front matter, unreadable dates, values of the wrong type,
// duplicate keys and broken YAML, TOML or JSON.
func File() *rapid.Generator[FileCase] {
	return rapid.Custom(func(t *rapid.T) FileCase {
		a := Article().Draw(t, "article")
		if a.Source == "" {
			a.Source = "example.com" // so that WriteTo writes a front matter, with this key to repeat
		}
		yaml, err := a.MarshalText()
		if err != nil {
			t.Fatalf("WriteTo: %v", err)
		}
		valid := func(name string, data []byte, want *article.Article) FileCase {
			return FileCase{Name: name, Data: data, Valid: true, Want: want}
		}
		invalid := func(name string, data []byte) FileCase { return FileCase{Name: name, Data: data} }
		head, body, _ := bytes.Cut(yaml[len("---\n"):], []byte("\n---\n"))
		switch rapid.IntRange(0, 12).Draw(t, "kind") {
		case 0:
			return valid("yaml crlf", bytes.ReplaceAll(yaml, []byte("\n"), []byte("\r\n")), a)
		case 1:
			return valid("yaml bom", append([]byte("\uFEFF"), yaml...), a)
		case 2:
			return valid("yaml after blank lines", append([]byte("\n \n"), yaml...), a)
		case 3:
			return valid("yaml closed by dots", concat([]byte("---\n"), head, []byte("\n...\n"), body), a)
		case 4:
			return valid("toml", otherSyntax(a, "+++", "+++", " = ", "", body), typedOnly(a))
		case 5:
			return valid("json", otherSyntax(a, ";;;\n{", "}\n;;;", ": ", ",", body), typedOnly(a))
		case 6:
			return invalid("unclosed", concat([]byte("---\n"), head, []byte("\n"), body))
		case 7:
			return invalid("bad date", withLine(head, "publishedOn: "+rapid.SampledFrom([]string{"2025-13-45", "yesterday", "14/02/2025 10h"}).Draw(t, "date"), body))
		case 8:
			return invalid("wrong type", withLine(head, rapid.SampledFrom([]string{"title: [1, 2]", "subtitle: {a: b}", "draft: perhaps", "archived: [true]"}).Draw(t, "line"), body))
		case 9:
			return invalid("duplicate key", withLine(head, "source: \"again\"", body))
		case 10:
			return invalid("broken yaml", withLine(head, rapid.SampledFrom([]string{"x: \"open", "x: [1, 2", "\tx: 1", "x: *missing"}).Draw(t, "line"), body))
		case 11:
			return invalid("broken toml", []byte("+++\ntitle = \"T\"\n"+rapid.SampledFrom([]string{"x = ", "x = [1, 2", "x = \"open", "[x"}).Draw(t, "line")+"\n+++\n"))
		default:
			return valid("yaml", yaml, a)
		}
	})
}

func concat(parts ...[]byte) []byte { return bytes.Join(parts, nil) }

// withLine adds line to the end of a YAML front matter.
func withLine(head []byte, line string, body []byte) []byte {
	return concat([]byte("---\n"), head, []byte("\n"+line+"\n---\n"), body)
}

// typedOnly is a without its extras, as otherSyntax writes it.
func typedOnly(a *article.Article) *article.Article {
	b := a.Clone()
	b.Extra = nil
	return b
}

// otherSyntax writes a's typed fields in TOML or JSON: each key, sep and a
// JSON-quoted value (which TOML reads as a basic string), with dates as
// RFC 3339 text.
func otherSyntax(a *article.Article, open, close, sep, comma string, body []byte) []byte {
	text := func(s string) string {
		v, _ := json.Marshal(s)
		return strings.ReplaceAll(string(v), "\x7f", `\u007f`) // TOML wants DEL escaped, JSON does not
	}
	list := func(l []string) string {
		items := make([]string, len(l))
		for i, s := range l {
			items[i] = text(s)
		}
		return "[" + strings.Join(items, ", ") + "]"
	}
	date := func(d time.Time) string {
		if d.IsZero() {
			return `""`
		}
		return text(d.Format(time.RFC3339Nano))
	}
	fields := []string{
		"title" + sep + text(a.Title), "subtitle" + sep + text(a.Subtitle), "description" + sep + text(a.Description),
		"publishedOn" + sep + date(a.PublishedOn), "updatedOn" + sep + date(a.UpdatedOn), "mainImage" + sep + text(a.MainImage.URL),
		"thumbnail" + sep + text(a.Thumbnail.URL), "altTextThumbnail" + sep + text(a.Thumbnail.Alt),
		"altTextMainImage" + sep + text(a.MainImage.Alt), "source" + sep + text(a.Source), "newsDate" + sep + date(a.NewsDate),
		"draft" + sep + fmt.Sprint(a.Draft), "archived" + sep + fmt.Sprint(a.Archived),
		"tags" + sep + list(a.Tags), "categories" + sep + list(a.Categories), "authors" + sep + list(a.Authors),
		"slug" + sep + text(a.Slug), "lang" + sep + text(a.Lang),
	}
	if comma != "" {
		for i := range fields {
			fields[i] = `"` + strings.Replace(fields[i], sep, `"`+sep, 1)
		}
	}
	return concat([]byte(open+"\n"+strings.Join(fields, comma+"\n")+"\n"+close+"\n"), body)
}
