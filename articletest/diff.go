package articletest

import (
	"fmt"
	"reflect"
	"strings"
	"time"

	"github.com/articlekit/article"
)

// Diff describes how b differs from a, exported field by field, or returns
// "" when they are equal. Dates are equal when they are the same instant
// with the same zone offset.
func Diff(a, b *article.Article) string {
	var lines []string
	va, vb := reflect.ValueOf(a).Elem(), reflect.ValueOf(b).Elem()
	for i := range va.NumField() {
		f := va.Type().Field(i)
		if !f.IsExported() {
			continue
		}
		x, y := va.Field(i).Interface(), vb.Field(i).Interface()
		if !equal(x, y) {
			lines = append(lines, fmt.Sprintf("%s: %s\n  became %s", f.Name, show(x), show(y)))
		}
	}
	return strings.Join(lines, "\n")
}

func equal(x, y any) bool {
	if tx, ok := x.(time.Time); ok {
		ty := y.(time.Time)
		_, ox := tx.Zone()
		_, oy := ty.Zone()
		return tx.Equal(ty) && ox == oy
	}
	return reflect.DeepEqual(x, y)
}

func show(v any) string {
	s := fmt.Sprintf("%#v", v)
	if len(s) > 300 {
		s = s[:300] + "…"
	}
	return s
}
