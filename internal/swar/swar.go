// Package swar tests the eight bytes of a uint64 at once (SIMD within a
// register) for the hot loops that scan text, where a branch on every byte
// costs more than a few operations on eight.
package swar

const (
	Ones  = 0x0101010101010101 // 1 in every byte
	Highs = 0x8080808080808080 // the high bit of every byte
)

// Load returns the first eight bytes of s, the first in the lowest byte.
// The compiler makes it one load.
func Load[T []byte | string](s T) uint64 {
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// ZeroBytes returns the high bit of each byte of x that is zero.
func ZeroBytes(x uint64) uint64 {
	const lows = ^uint64(Highs)
	return ^((x&lows + lows) | x | lows)
}

// BytesIn returns the high bit of each byte of x that lies in lo..hi. The
// bytes of x must be below 0x80: then b+0x80-lo has its high bit set when
// b >= lo, and no sum carries into the next byte.
func BytesIn(x uint64, lo, hi byte) uint64 {
	return (x + (0x80-uint64(lo))*Ones) &^ (x + (0x80-uint64(hi)-1)*Ones) & Highs
}

// ASCIIIn is BytesIn for any bytes of x and lo..hi below 0x80.
func ASCIIIn(x uint64, lo, hi byte) uint64 {
	return BytesIn(x&^Highs, lo, hi) &^ x
}
