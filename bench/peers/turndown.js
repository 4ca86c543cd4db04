// Converts a JSON array of HTML bodies on standard input with turndown and
// prints the JSON array of their Markdown. NODE_PATH names the node_modules
// that hold turndown and, if installed, turndown-plugin-gfm.
const TurndownService = require('turndown')
const service = new TurndownService()
try {
  service.use(require('turndown-plugin-gfm').gfm)
} catch (e) {
  // without the plugin, turndown writes CommonMark only
}
let input = ''
process.stdin.on('data', (chunk) => { input += chunk })
process.stdin.on('end', () => {
  const bodies = JSON.parse(input)
  // a body turndown throws on is a body it keeps nothing of
  const convert = (b) => { try { return service.turndown(b) } catch (e) { return '' } }
  process.stdout.write(JSON.stringify(bodies.map(convert)))
})
