package feed

import (
	"container/heap"
	"errors"
	"fmt"
	"iter"
	"net/url"
	"slices"
	"time"

	"github.com/articlekit/article"
)

// stream makes the items of one feed from its articles as they come,
// holding one item at a time, or the newest Channel.MaxItems.
type stream struct {
	ch     *Channel
	format Format
	base   *url.URL
	slugs  slugSet
	// dated tells that the feed's date was known before its first item:
	// set by the caller or, with MaxItems, the newest kept item's. Without
	// it the date is the newest item's, known only after the last.
	dated bool
	// kept holds the newest MaxItems items, newest first, when MaxItems is
	// set; otherwise the items come straight from articles.
	kept     []item
	articles iter.Seq[*article.Article]
	// skipped holds an *article.Error for each article left out.
	skipped []error
}

// newStream returns the stream of articles as the items of a feed in
// format f for ch. With ch.MaxItems it reads the whole of articles first,
// keeping only the newest, and sets ch.Updated if it is zero.
func newStream(ch *Channel, f Format, articles iter.Seq[*article.Article]) (*stream, error) {
	base, err := url.Parse(ch.home())
	if err != nil {
		return nil, fmt.Errorf("feed: channel BaseURL: %w", err)
	}
	s := &stream{ch: ch, format: f, base: base, slugs: slugSet{}, articles: articles}
	if ch.MaxItems > 0 {
		s.keepNewest()
	}
	s.dated = !ch.Updated.IsZero()
	return s, nil
}

// keepNewest reads the articles, keeping the newest MaxItems items in a
// heap whose root is the oldest kept, so that memory holds MaxItems items
// however long the stream; then sorts them newest first and dates the
// channel with the newest, if it has no date.
func (s *stream) keepNewest() {
	h := make(itemHeap, 0, min(s.ch.MaxItems, 1024))
	i := 0
	for a := range s.articles {
		it, ok := s.newItem(i, a)
		i++
		switch {
		case !ok:
		case len(h) < s.ch.MaxItems:
			heap.Push(&h, it)
		case newer(it, h[0]):
			h[0] = it
			heap.Fix(&h, 0)
		}
	}
	s.kept = slices.SortedFunc(slices.Values(h), func(a, b item) int {
		if newer(a, b) {
			return -1
		}
		return 1
	})
	if s.ch.Updated.IsZero() {
		for _, it := range s.kept {
			s.ch.Updated = later(s.ch.Updated, it.updated)
		}
	}
}

// items yields the items to write, in order, rendering each one's content
// as it goes; an article that cannot be an item is left out and recorded
// in skipped. Without a date known before the items, the channel's date is
// brought up to each item's as it is yielded.
func (s *stream) items() iter.Seq[item] {
	return func(yield func(item) bool) {
		emit := func(it item) bool {
			if !s.finish(&it) {
				return true
			}
			if !s.dated {
				s.ch.Updated = later(s.ch.Updated, it.updated)
			}
			return yield(it)
		}
		if s.ch.MaxItems > 0 {
			for _, it := range s.kept {
				if !emit(it) {
					return
				}
			}
			return
		}
		i := 0
		for a := range s.articles {
			it, ok := s.newItem(i, a)
			i++
			if ok && !emit(it) {
				return
			}
		}
	}
}

// newItem makes the item of a, the i-th article, with a unique link, all
// but its content; an article that cannot be an item is recorded.
func (s *stream) newItem(i int, a *article.Article) (item, bool) {
	if a == nil {
		s.skip(i, nil, article.ErrNilArticle)
		return item{}, false
	}
	it, err := newItem(a, s.base, s.slugs.unique(Slug(a)))
	if err != nil {
		s.skip(i, a, err)
		return item{}, false
	}
	it.index, it.article = i, a
	return it, true
}

// finish renders the content of it, reporting false, with the article
// recorded, if it cannot be written.
func (s *stream) finish(it *item) bool {
	var err error
	if it.content, err = contentHTML(it.article); err != nil {
		s.skip(it.index, it.article, err)
		return false
	}
	// An Atom entry needs a date; one without takes the feed's, which must
	// be known by now.
	if s.format == Atom && it.updated.IsZero() && !s.dated {
		s.skip(it.index, it.article, errNoAtomDate)
		return false
	}
	it.article = nil // its content is all the item needed of it
	return true
}

// errNoAtomDate is why an undated article is left out of an Atom feed
// whose date is not known before its items.
var errNoAtomDate = errors.New("no date, which an Atom entry needs: set Channel.Updated to give undated entries the feed's date")

// skip records that the i-th article, a, is left out for err.
func (s *stream) skip(i int, a *article.Article, err error) {
	e := &article.Error{Err: fmt.Errorf("feed item %d left out: %w", i, err)}
	if a != nil {
		e.Path = a.Path
	}
	s.skipped = append(s.skipped, e)
}

// newer reports whether item a ranks before b in a feed of the newest
// items: published later, or as late and earlier in the stream; undated
// last.
func newer(a, b item) bool {
	if t, u := a.published, b.published; !t.Equal(u) {
		return later(u, t) == t
	}
	return a.index < b.index
}

// later returns the later of t and u, taking the zero time for none: a
// date before year 1 is before the zero time too.
func later(t, u time.Time) time.Time {
	if t.IsZero() || !u.IsZero() && u.After(t) {
		return u
	}
	return t
}

// itemHeap is a heap of items whose root is the one that ranks last.
type itemHeap []item

func (h itemHeap) Len() int           { return len(h) }
func (h itemHeap) Less(i, j int) bool { return newer(h[j], h[i]) }
func (h itemHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *itemHeap) Push(x any)        { *h = append(*h, x.(item)) }
func (h *itemHeap) Pop() any {
	old := *h
	it := old[len(old)-1]
	*h = old[:len(old)-1]
	return it
}
