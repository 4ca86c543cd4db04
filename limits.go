package article

// The limits below bound the time and memory a front matter can cost
// before its decoder runs; past one, Parse returns an *Error naming the
// line and key. Real front matter stays far below each.

// maxDepth bounds how deeply front-matter values nest: each key of a path
// and each list on it is a level, however the syntax spells them (a YAML
// map in a map, TOML's [a.b] table, a.b = 1 dotted key or {b = 1} inline
// table). Written back as YAML, each level indents its lines further, and
// the TOML decoder's work for a key grows with the square of its depth.
const maxDepth = 100

// maxTOMLNames bounds, in bytes, the full names of the keys of a TOML
// front matter. github.com/BurntSushi/toml spells out the full name of
// each key and of each table the key implies (in [t], a.b = 1 spells t.a
// and t.a.b), in a buffer of at least tomlSegmentCost bytes a segment, so
// that n dotted keys under a long table name cost n times that name, and
// a key n levels deep costs n² segments. A plain key costs some 30 bytes:
// a hundred thousand of them fit.
const maxTOMLNames = 4 << 20

// tomlSegmentCost is what github.com/BurntSushi/toml reserves for each
// segment of a name it spells out (Key.String).
const tomlSegmentCost = 25

// maxAliasNodes bounds how many nodes of a YAML front matter may be reached
// through aliases, beyond yaml.v3's own rule (see yamlBudget), which lets a
// small document expand a hundredfold. Extra holds aliases expanded, and
// WriteTo writes them out so, with yaml.v3's encoder, which keeps every
// event of a document until its end.
const maxAliasNodes = 100_000
