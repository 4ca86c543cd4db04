package swar

import (
	"testing"

	"pgregory.net/rapid"
)

// highsWhere returns the high bit of each byte of x for which in holds.
func highsWhere(x uint64, in func(b byte) bool) uint64 {
	var m uint64
	for i := range 8 {
		if in(byte(x >> (8 * i))) {
			m |= 0x80 << (8 * i)
		}
	}
	return m
}

// TestBytewise checks each function against its meaning byte by byte, on
// words drawn from bytes near the edges of the ranges.
func TestBytewise(t *testing.T) {
	near := rapid.SampledFrom([]byte{0, 1, 0x1f, ' ', '!', '@', 'A', 'Z', '[', '`', 'a', 'z', '{', 0x7e, 0x7f, 0x80, 0xc2, 0xdb, 0xe0, 0xff})
	rapid.Check(t, func(t *rapid.T) {
		var w [8]byte
		for i := range w {
			w[i] = rapid.OneOf(near, rapid.Byte()).Draw(t, "b")
		}
		x := Load(w[:])
		lo := rapid.ByteRange(0, 0x7f).Draw(t, "lo")
		hi := rapid.ByteRange(lo, 0x7f).Draw(t, "hi")
		if got, want := ZeroBytes(x), highsWhere(x, func(b byte) bool { return b == 0 }); got != want {
			t.Fatalf("ZeroBytes(%#x) = %#x, want %#x", x, got, want)
		}
		in := func(b byte) bool { return lo <= b && b <= hi }
		if got, want := ASCIIIn(x, lo, hi), highsWhere(x, in); got != want {
			t.Fatalf("ASCIIIn(%#x, %#x, %#x) = %#x, want %#x", x, lo, hi, got, want)
		}
		if ascii := x &^ Highs; BytesIn(ascii, lo, hi) != highsWhere(ascii, in) {
			t.Fatalf("BytesIn(%#x, %#x, %#x) = %#x", ascii, lo, hi, BytesIn(ascii, lo, hi))
		}
		if string(w[:]) != string([]byte{byte(x), byte(x >> 8), byte(x >> 16), byte(x >> 24), byte(x >> 32), byte(x >> 40), byte(x >> 48), byte(x >> 56)}) {
			t.Fatalf("Load(%q) = %#x", w, x)
		}
	})
}
