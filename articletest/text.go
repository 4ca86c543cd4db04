package articletest

import (
	"strings"

	"pgregory.net/rapid"
)

// scripts are samples of the writing the generators mix into text: Latin
// with accents, CJK, right-to-left, emoji, combining marks and typographic
// punctuation, as real articles hold them.
var scripts = [][]string{
	{"market", "company", "phone", "share", "growth", "deal", "model", "report", "analysts", "launch", "AT&T", "3.5%", "U.S.", "don't", "e.g.", "$1.2"},
	{"café", "naïve", "Zürich", "São", "Paulo", "façade", "Ångström", "œuvre"},
	{"苹果公司", "阿里巴巴", "人工智能", "市场份额", "東京", "ひらがな", "カタカナ", "한국어"},
	{"مرحبا", "بالعالم", "שלום", "עולם", "\u200fמימין\u200f"},
	{"🚀", "👩‍💻", "🇨🇳", "✨", "😀"},
	{"e\u0301", "n\u0303o", "a\u0308\u0323"},
	{"“quoted”", "‘single’", "—", "–", "…", "«guillemets»", "„low“", "l’avenir"},
}

// word draws one word from one of the scripts.
func word() *rapid.Generator[string] {
	return rapid.Custom(func(t *rapid.T) string {
		s := scripts[rapid.IntRange(0, len(scripts)-1).Draw(t, "script")]
		return rapid.SampledFrom(s).Draw(t, "word")
	})
}

// sentence draws a run of words ending in a stop.
func sentence() *rapid.Generator[string] {
	return rapid.Custom(func(t *rapid.T) string {
		words := rapid.SliceOfN(word(), 1, 14).Draw(t, "words")
		return strings.Join(words, " ") + rapid.SampledFrom([]string{".", ".", "!", "?", "。", "…"}).Draw(t, "stop")
	})
}

// phrase draws a few words, for titles and link texts.
func phrase() *rapid.Generator[string] {
	return rapid.Custom(func(t *rapid.T) string {
		return strings.Join(rapid.SliceOfN(word(), 1, 8).Draw(t, "words"), " ")
	})
}

// anyText draws text of any kind: realistic words most of the time, and
// any Unicode string (markup, quotes, newlines, control characters) at times.
func anyText() *rapid.Generator[string] {
	return rapid.OneOf(phrase(), phrase(), phrase(), rapid.String(), rapid.Just(""))
}
