package summary

// The hot loops of a summary test eight bytes at once, as one uint64
// (SWAR), rather than a byte at a time.
const (
	ones  = 0x0101010101010101 // 1 in every byte
	highs = 0x8080808080808080 // the high bit of every byte
)

// zeroBytes returns the high bit of each byte of x that is zero.
func zeroBytes(x uint64) uint64 {
	const lows = ^uint64(highs)
	return ^((x&lows + lows) | x | lows)
}

// bytesIn returns the high bit of each byte of x that lies in lo..hi. The
// bytes of x must be below 0x80: then b+0x80-lo has its high bit set when
// b >= lo, and no sum carries into the next byte.
func bytesIn(x uint64, lo, hi byte) uint64 {
	return (x + (0x80-uint64(lo))*ones) &^ (x + (0x80-uint64(hi)-1)*ones) & highs
}
