package summary

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"pgregory.net/rapid"
)

// sentencesOf splits text and returns the sentences as strings.
func sentencesOf(text string) []string {
	var out []string
	for _, sp := range splitSentences(nil, []byte(text), 0) {
		out = append(out, text[sp.start:sp.end])
	}
	return out
}

func TestSplitSentences(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"empty", "", nil},
		{"one", "One sentence.", []string{"One sentence."}},
		{"no stop", "No stop at the end", []string{"No stop at the end"}},
		{"two", "First one. Second one.", []string{"First one.", "Second one."}},
		{"question", "Why now? Because.", []string{"Why now?", "Because."}},
		{"exclamation", "Stop! Go on.", []string{"Stop!", "Go on."}},
		{"interrobang run", "Really?! Yes.", []string{"Really?!", "Yes."}},
		{"lower case after stop", "He said no. but then left.", []string{"He said no. but then left."}},
		{"mr", "Mr. Smith went home. He slept.", []string{"Mr. Smith went home.", "He slept."}},
		{"mrs", "Mrs. Jones agreed.", []string{"Mrs. Jones agreed."}},
		{"dr", "Dr. Okafor said so. It was late.", []string{"Dr. Okafor said so.", "It was late."}},
		{"prof", "Prof. Asante spoke first.", []string{"Prof. Asante spoke first."}},
		{"gov", "Gov. Reyes called it a turning point.", []string{"Gov. Reyes called it a turning point."}},
		{"sen", "Sen. Warren objected.", []string{"Sen. Warren objected."}},
		{"us mid", "Such alliances are crucial for U.S. tech companies.", []string{"Such alliances are crucial for U.S. tech companies."}},
		{"us before name", "The U.S. Senate voted.", []string{"The U.S. Senate voted."}},
		{"us at end", "Sales fell in the U.S. The company said so.", []string{"Sales fell in the U.S.", "The company said so."}},
		{"uk", "Prices rose in the U.K. and France.", []string{"Prices rose in the U.K. and France."}},
		{"inc mid", "Apple Inc. announced a deal.", []string{"Apple Inc. announced a deal."}},
		{"inc title", "Acme Inc. Chief Executive Jo Lee spoke.", []string{"Acme Inc. Chief Executive Jo Lee spoke."}},
		{"inc at end", "He joined Acme Inc. The firm grew.", []string{"He joined Acme Inc.", "The firm grew."}},
		{"corp", "Valtek Corp. said it would build a plant.", []string{"Valtek Corp. said it would build a plant."}},
		{"ltd at end", "It sold to Kell Ltd. They paid cash.", []string{"It sold to Kell Ltd.", "They paid cash."}},
		{"eg", "Fruit, e.g. Apples and pears, sold well.", []string{"Fruit, e.g. Apples and pears, sold well."}},
		{"eg comma", "Some, e.g., apples, sold.", []string{"Some, e.g., apples, sold."}},
		{"ie", "The rest, i.e. The smaller firms, lost.", []string{"The rest, i.e. The smaller firms, lost."}},
		{"vs", "It was Apple vs. Samsung again.", []string{"It was Apple vs. Samsung again."}},
		{"etc at end", "Phones, tablets, etc. The list is long.", []string{"Phones, tablets, etc.", "The list is long."}},
		{"etc mid", "Phones, tablets, etc. were sold.", []string{"Phones, tablets, etc. were sold."}},
		{"initial", "Joseph P. Kennedy spoke.", []string{"Joseph P. Kennedy spoke."}},
		{"initials", "J. R. R. Tolkien wrote it.", []string{"J. R. R. Tolkien wrote it."}},
		{"initial then starter", "He met Plan B. The rest failed.", []string{"He met Plan B.", "The rest failed."}},
		{"am pm", "It starts at 10 a.m. Monday and ends at 5 p.m. on Friday.", []string{"It starts at 10 a.m. Monday and ends at 5 p.m. on Friday."}},
		{"pm at end", "It ended at 5 p.m. The crowd left.", []string{"It ended at 5 p.m.", "The crowd left."}},
		{"phd", "She has a Ph.D. in physics.", []string{"She has a Ph.D. in physics."}},
		{"decimal", "Sales grew 3.5% in May. Costs fell.", []string{"Sales grew 3.5% in May.", "Costs fell."}},
		{"money", "It cost $1.2 billion. That is a lot.", []string{"It cost $1.2 billion.", "That is a lot."}},
		{"thousands", "About 1,000.5 tonnes. More later.", []string{"About 1,000.5 tonnes.", "More later."}},
		{"version", "Version 2.0.1 shipped. It works.", []string{"Version 2.0.1 shipped.", "It works."}},
		{"domain", "Visit example.com today. It is free.", []string{"Visit example.com today.", "It is free."}},
		{"domain at end", "Go to example.com. It is free.", []string{"Go to example.com.", "It is free."}},
		{"number start", "It was 2019. 2020 was worse.", []string{"It was 2019.", "2020 was worse."}},
		{"no month", "It opened on Jan. 5 in Paris.", []string{"It opened on Jan. 5 in Paris."}},
		{"no number", "He wore No. 10 for years.", []string{"He wore No. 10 for years."}},
		{"quote comma", "“Apple chose us,” Tsai stated. He smiled.", []string{"“Apple chose us,” Tsai stated.", "He smiled."}},
		{"quote stop", "He said, “We won.” Then he left.", []string{"He said, “We won.”", "Then he left."}},
		{"ascii quote stop", `She said "yes." Then she left.`, []string{`She said "yes."`, "Then she left."}},
		{"quote question lower", "“Why?” she asked.", []string{"“Why?” she asked."}},
		{"quote opens next", "It rained. “We stayed,” he said.", []string{"It rained.", "“We stayed,” he said."}},
		{"paren close", "It rose (by 5%.) Then it fell.", []string{"It rose (by 5%.)", "Then it fell."}},
		{"paren sentence", "It rose. (It fell later.) Then it rose.", []string{"It rose.", "(It fell later.)", "Then it rose."}},
		{"ellipsis lower", "He paused... and went on.", []string{"He paused... and went on."}},
		{"ellipsis upper", "He paused... Then he went on.", []string{"He paused...", "Then he went on."}},
		{"unicode ellipsis", "Wait… Now go.", []string{"Wait…", "Now go."}},
		{"unicode ellipsis lower", "Wait… and go.", []string{"Wait… and go."}},
		{"no space after stop", "It ended.Then more.", []string{"It ended.Then more."}},
		{"iphone", "Sales fell. iPhone demand dropped.", []string{"Sales fell.", "iPhone demand dropped."}},
		{"cjk", "苹果与阿里巴巴合作。市场份额下降！为什么？", []string{"苹果与阿里巴巴合作。", "市场份额下降！", "为什么？"}},
		{"cjk quote", "他说：「我们合作。」然后离开。", []string{"他说：「我们合作。」", "然后离开。"}},
		{"cjk then latin", "合作成功。Apple agreed.", []string{"合作成功。", "Apple agreed."}},
		{"latin then cjk", "Apple agreed. 合作成功。", []string{"Apple agreed.", "合作成功。"}},
		{"japanese", "アップルは発表した。価格は上がる。", []string{"アップルは発表した。", "価格は上がる。"}},
		{"korean", "애플이 발표했다. 가격이 오른다.", []string{"애플이 발표했다.", "가격이 오른다."}},
		{"german", "Der Umsatz stieg. Die Kosten fielen.", []string{"Der Umsatz stieg.", "Die Kosten fielen."}},
		{"spanish", "¿Qué pasó? ¡Nadie sabe!", []string{"¿Qué pasó?", "¡Nadie sabe!"}},
		{"russian", "Продажи выросли. Расходы упали.", []string{"Продажи выросли.", "Расходы упали."}},
		{"trailing space-free", "A. B.", []string{"A. B."}},
		{"only stops", "...", []string{"..."}},
		{"st", "He lives on Main St. in Riverton.", []string{"He lives on Main St. in Riverton."}},
		{"jr at end", "He met Martin Luther King Jr. He was moved.", []string{"He met Martin Luther King Jr.", "He was moved."}},
		{"seed line", "Tim Cook, Apple’s CEO, highlighted the lack of Apple Intelligence—a proprietary generative AI tool—as a factor. In a CNBC interview, Cook noted, “In markets where Apple Intelligence was deployed, we saw stronger performances.” The tech giant agreed.",
			[]string{"Tim Cook, Apple’s CEO, highlighted the lack of Apple Intelligence—a proprietary generative AI tool—as a factor.", "In a CNBC interview, Cook noted, “In markets where Apple Intelligence was deployed, we saw stronger performances.”", "The tech giant agreed."}},
		{"super cycle", `Sales rose—termed as a "super cycle". The Chinese market is tough.`, []string{`Sales rose—termed as a "super cycle".`, "The Chinese market is tough."}},
		{"abbrev at very end", "He works for Acme Inc.", []string{"He works for Acme Inc."}},
		{"ai at end", "Phones powered by AI. The rest did not.", []string{"Phones powered by AI.", "The rest did not."}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, sentencesOf(tc.text))
		})
	}
	assert.GreaterOrEqual(t, len(tests), 60)
}

// TestNextMayEnd: nextMayEnd, eight bytes at a time, stops where a byte at
// a time would, on text heavy in the bytes that may begin a terminator and
// in their neighbours.
func TestNextMayEnd(t *testing.T) {
	pieces := rapid.SampledFrom([]string{"word", "a", " ", ".", "!", "?", "-", "/", ">", "@", "…", "。", "！", "中", "é", "‘", "\xe1", "\xe2", "\xe3", "\xef", "\xf0", "\xff"})
	rapid.Check(t, func(t *rapid.T) {
		text := []byte(strings.Join(rapid.SliceOf(pieces).Draw(t, "pieces"), ""))
		i := rapid.IntRange(0, len(text)).Draw(t, "from")
		want := i
		for want < len(text) && !mayEnd[text[want]] {
			want++
		}
		if got := nextMayEnd(text, i); got != want {
			t.Fatalf("nextMayEnd(%q, %d) = %d, want %d", text, i, got, want)
		}
	})
}
