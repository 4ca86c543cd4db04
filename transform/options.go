package transform

// apply sets c by each of opts in order, skipping nil ones, as
// article.Parse skips a nil Option.
func apply[C any, O ~func(*C)](c *C, opts []O) {
	for _, o := range opts {
		if o != nil {
			o(c)
		}
	}
}
