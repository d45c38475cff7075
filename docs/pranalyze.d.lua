---@meta pranalyze
-- LuaLS definitions for the pranalyze Lua API 0.1.0.
-- Generated from the API registry by `pranalyze docs --luals`; do not edit by hand.

---One parsed press release. Properties are computed on first read and then cached.
---@class Release
---@field id string Stable id: the path, plus `#record` inside multi-release files.
---@field path string The file the release came from (`-` for standard input).
---@field url string? The release's web address: the container's (JSON `url`, HTML canonical link, front matter `url`), else a sidecar index's `url`/`source_url`/`original_url`.
---@field source string? Who or where it comes from: the container's source (site name, JSON `source`, mail organisation), else a sidecar index's `site`/`service`, else the folder holding the file (`congress-us`).
---@field meta table<string, string> Every metadata field of the release, read-only, values as text: JSON Lines fields beyond the text, Markdown front matter, mail headers (lower-case names), HTML `<meta>` names, and the release's record in a sidecar `index.jsonl`/`index.csv` beside the file (keyed by its `file` field). The container's own `title`, `date`, `url`, `source` win over a sidecar's.
---@field kind string? press release, statement, media advisory, … when a label says so.
---@field headline string? The headline.
---@field subheadline string? The subheadline, when there is one.
---@field date string? ISO date `YYYY-MM-DD` of the release.
---@field dateline Dateline? The dateline opening the body.
---@field paragraphs Paragraph[] Body paragraphs (no headline, dateline or boilerplate).
---@field sentences Sentence[] Body sentences, across paragraphs.
---@field quotes Quote[] Quoted speech (direct, partial and continued quotes), in source order. Computed on first read.
---@field attributions Statement[] Every attributed statement, quoted or reported (`Lavrov said Putin is prepared to …`), in text order. Computed on first read only; `r.quotes` alone does not pay for it.
---@field terms Quote[] Quoted terms that are not speech: scare quotes, names of acts and works (`kind = "term"`).
---@field people Person[] The individuals named, one Person each, in order of first mention.
---@field organizations Organization[] Organisations named, with acronyms and mention counts.
---@field places Place[] Places named, with mention counts.
---@field text string The body text: paragraphs separated by blank lines.
---@field words integer Number of words in the body.
---@field contacts Contact[] Press contacts from the contact block.
---@field boilerplate Boilerplate[] Text that is not body: end marks, contact blocks, about-us, footers.
---@field warnings Warning[] What the parser noticed but could not make sense of.
---@field file string The file the release (its headline) came from (`-` for standard input).
---@field line integer 1-based line where the release (its headline) starts in its file.
---@field column integer 1-based column (in bytes) where the release (its headline) starts.
local Release = {}

---The Release as JSON: its properties in the order listed here (links back up the tree left out).
---@param pretty? boolean
---@return string
function Release:json(pretty) end

---The dateline that opens a release body, taken apart.
---@class Dateline
---@field text string The dateline as written.
---@field place string? City or place.
---@field date string? ISO date stated by the dateline.
---@field agency string? News agency or wire service.
---@field file string The file the dateline came from (`-` for standard input).
---@field line integer 1-based line where the dateline starts in its file.
---@field column integer 1-based column (in bytes) where the dateline starts.
local Dateline = {}

---The Dateline as JSON: its properties in the order listed here (links back up the tree left out).
---@param pretty? boolean
---@return string
function Dateline:json(pretty) end

---A body paragraph, its text normalised (entities decoded, wrapped lines rejoined).
---@class Paragraph
---@field index integer 1-based position in the release.
---@field text string The paragraph's normalised text.
---@field sentences Sentence[] The paragraph's sentences.
---@field quotes Quote[] The quotes starting in this paragraph.
---@field release Release The release holding it.
---@field file string The file the paragraph came from (`-` for standard input).
---@field line integer 1-based line where the paragraph starts in its file.
---@field column integer 1-based column (in bytes) where the paragraph starts.
local Paragraph = {}

---The Paragraph as JSON: its properties in the order listed here (links back up the tree left out).
---@param pretty? boolean
---@return string
function Paragraph:json(pretty) end

---A quoted passage: its words, the speaker it is attributed to, and how (cue, mention, addressee).
---@class Quote
---@field text string The quoted words, without the quote marks.
---@field speaker Person? The person the quote is attributed to; nil when the release does not say.
---@field mention string? The words used for the speaker here: "he", "the minister", "Lavrov".
---@field cue string? The cue's dictionary form: `say`, `tell`, `point out`, `according to`; `:` for colon turns, `—` for dash attributions.
---@field cue_text string? The cue as written: `told`, `pointed out`.
---@field addressee string? Whom the words were addressed to: "reporters" in `told reporters`.
---@field kind string `direct`, `partial` (a fragment inside reported speech), `continued` (a paragraph reopening the quote), `turn` (a transcript turn `Name: …`) or `term` (not speech).
---@field words integer Number of words quoted.
---@field confidence number 0–1: how sure the attribution is: the accuracy of its rule (`q.rule`) on the hand labels, so lower means more errors.
---@field rule string? The rule that chose the speaker (nil when none did): `cue-then-speaker`, `speaker-then-cue`, `dash`, `cue-before`, `clause-then-cue`, `inverted-cue`, `participle`, `colon-lead-in`, `line-before`, `line-after`, `continuation`, `adjacent`, `recent-speaker`, `issuer`, `turn`. Confidence is calibrated per rule on the hand labels.
---@field paragraph Paragraph The paragraph holding the quote.
---@field sentence Sentence? The sentence where the quote starts.
---@field start integer Byte offset of the quoted words in the source file.
---@field stop integer Byte offset just past the quoted words.
---@field file string The file the quote came from (`-` for standard input).
---@field line integer 1-based line where the quote starts in its file.
---@field column integer 1-based column (in bytes) where the quote starts.
---@field release Release The release holding it.
local Quote = {}

---The Quote as JSON: its properties in the order listed here (links back up the tree left out).
---@param pretty? boolean
---@return string
function Quote:json(pretty) end

---An attributed statement, quoted or not: `Lavrov said Putin is prepared to …` (indirect), a quote in marks (direct), or reported speech partly quoted (mixed). Its content, source, speaker and cue.
---@class Statement
---@field kind string `direct` (a quote in marks), `partial` (a quoted fragment no reported clause holds), `indirect` (reported speech without marks) or `mixed` (reported speech partly quoted).
---@field text string The content, without the cue and the source: `Putin is prepared to hold a meeting …`.
---@field speaker Person|Organization|table? Who made the statement: a Person; an Organization of `r.organizations`; else a table `{ name = …, kind = "organization"|"group"|"person" }` for an unnamed or unlisted source ("the ministry", "officials"); nil when the text does not say (passive: `it was announced`).
---@field speaker_name string? The resolved speaker's name: the person's full name, or the organisation or group as written.
---@field speaker_kind string? `person`, `organization` or `group`.
---@field source string? The source as written here: "he", "the ministry", "Lavrov".
---@field cue string? The cue's dictionary form: `say`, `argue`, `according to`, `believe`.
---@field cue_text string? The cue as written: `told`, `was announced`.
---@field addressee string? Whom it was addressed to: "reporters" in `told reporters`.
---@field rule string The rule that found it: `quote`, `reported.verb`, `reported.verb-to`, `reported.verb-object`, `reported.passive`, `reported.according-to`, `reported.trailing`, `reported.aside`, `reported.view`.
---@field confidence number 0–1: how sure the attribution is.
---@field words integer Number of words of the content.
---@field quote Quote? The quote this statement is (direct, partial) or holds (mixed).
---@field paragraph Paragraph The paragraph holding the content.
---@field sentence Sentence? The sentence where the content starts.
---@field start integer Byte offset of the content in the source file.
---@field stop integer Byte offset just past the content.
---@field source_start integer? Byte offset of the source words, when the body writes them.
---@field source_stop integer? Byte offset just past the source words.
---@field file string The file the content came from (`-` for standard input).
---@field line integer 1-based line where the content starts in its file.
---@field column integer 1-based column (in bytes) where the content starts.
---@field release Release The release holding it.
local Statement = {}

---The Statement as JSON: its properties in the order listed here (links back up the tree left out).
---@param pretty? boolean
---@return string
function Statement:json(pretty) end

---One individual named in a release; "Sergey Lavrov", "Lavrov", "the minister" and "he" resolve to the same Person.
---@class Person
---@field name string The fullest form of the name the release gives.
---@field surname string Last name, without suffixes such as Jr.
---@field titles string[] Titles as written: "Russian Foreign Minister", "Rep.".
---@field affiliation string? Organisation or role from an appositive: "CEO of Acme".
---@field mentions string[] Every distinct form used for the person, in order of first use.
---@field mention_count integer How often the person is mentioned (names, titles, resolved pronouns).
---@field gender string `male`, `female` or `unknown`, from Mr./Ms. and pronouns the text uses.
---@field quotes Quote[] The quotes attributed to the person.
---@field statements Statement[] The person's attributed statements, quoted or reported (see `r.attributions`).
---@field key string The key identifying the individual across releases: `pr.people.key(p)` (folded name, aliases applied; a surname-only mention resolved through the release's `member`/`speaker`/`author` metadata).
---@field id string? The id the aliases file (`--aliases`) gives the individual, or nil: `pr.people.id(p)`.
---@field file string The file the person's first mention came from (`-` for standard input).
---@field line integer 1-based line where the person's first mention starts in its file.
---@field column integer 1-based column (in bytes) where the person's first mention starts.
---@field release Release The release holding it.
local Person = {}

---The Person as JSON: its properties in the order listed here (links back up the tree left out).
---@param pretty? boolean
---@return string
function Person:json(pretty) end

---An organisation named in a release, with its acronym and how often it is mentioned.
---@class Organization
---@field name string The name in full: "Asia-Pacific Economic Cooperation".
---@field acronym string? The acronym the release uses: "APEC".
---@field mentions integer Mentions by name or acronym.
---@field file string The file the first mention came from (`-` for standard input).
---@field line integer 1-based line where the first mention starts in its file.
---@field column integer 1-based column (in bytes) where the first mention starts.
local Organization = {}

---The Organization as JSON: its properties in the order listed here (links back up the tree left out).
---@param pretty? boolean
---@return string
function Organization:json(pretty) end

---A place named in a release (city, country, region) and how often it is mentioned.
---@class Place
---@field name string The place as written: "Da Nang".
---@field mentions integer How often it is mentioned.
---@field file string The file the first mention came from (`-` for standard input).
---@field line integer 1-based line where the first mention starts in its file.
---@field column integer 1-based column (in bytes) where the first mention starts.
local Place = {}

---The Place as JSON: its properties in the order listed here (links back up the tree left out).
---@param pretty? boolean
---@return string
function Place:json(pretty) end

---A sentence of a body paragraph.
---@class Sentence
---@field index integer 1-based position in the release.
---@field text string The sentence.
---@field paragraph Paragraph The paragraph holding it.
---@field file string The file the sentence came from (`-` for standard input).
---@field line integer 1-based line where the sentence starts in its file.
---@field column integer 1-based column (in bytes) where the sentence starts.
local Sentence = {}

---The Sentence as JSON: its properties in the order listed here (links back up the tree left out).
---@param pretty? boolean
---@return string
function Sentence:json(pretty) end

---A press contact from the release's contact block: any of name, organisation, phone and e-mail.
---@class Contact
---@field name string? Contact person.
---@field organization string? Organisation.
---@field phone string? Telephone number as written.
---@field email string? E-mail address.
---@field file string The file the contact came from (`-` for standard input).
---@field line integer 1-based line where the contact starts in its file.
---@field column integer 1-based column (in bytes) where the contact starts.
local Contact = {}

---The Contact as JSON: its properties in the order listed here (links back up the tree left out).
---@param pretty? boolean
---@return string
function Contact:json(pretty) end

---Release text that is not body: an end mark (`###`, `-30-`, `ENDS`), contact block, about-us section, footer…
---@class Boilerplate
---@field kind string One of `end-mark`, `contact`, `about`, `footer`, `debris`, `reference`, `label`, `disclaimer`, `letterhead`, `dateline`.
---@field text string The text as written.
---@field file string The file the block came from (`-` for standard input).
---@field line integer 1-based line where the block starts in its file.
---@field column integer 1-based column (in bytes) where the block starts.
local Boilerplate = {}

---The Boilerplate as JSON: its properties in the order listed here (links back up the tree left out).
---@param pretty? boolean
---@return string
function Boilerplate:json(pretty) end

---Something the parser noticed but could not make sense of; never fatal.
---@class Warning
---@field code string Stable short code (`no-date`, `unclosed-quote`).
---@field message string What was noticed.
---@field file string The file the warning's subject came from (`-` for standard input).
---@field line integer? 1-based line where the warning's subject starts in its file.
---@field column integer? 1-based column (in bytes) where the warning's subject starts.
local Warning = {}

---The Warning as JSON: its properties in the order listed here (links back up the tree left out).
---@param pretty? boolean
---@return string
function Warning:json(pretty) end

---@class Counter
---@field total number Sum of all counts.
---@field distinct integer Number of different keys.
local Counter = {}

---Adds `n` (default 1) to `key`'s count and returns the new count. A nil key is ignored (returns nil); keys other than strings, numbers and booleans count under their `tostring`.
---@param key any
---@param n? number
---@return number
function Counter:add(key, n) end

---The count of `key` (0 when never added).
---@param key any
---@return number
function Counter:get(key) end

---The `k` largest counts (all when nil), as `pr.stats.top` orders them: by count descending, ties by key ascending.
---@param k? integer
---@return {key: any, count: number}[]
function Counter:top(k) end

---A plain table `{[key] = count}` (a copy).
---@return table<any, number>
function Counter:counts() end

---The keys in the order they were first added.
---@return any[]
function Counter:keys() end

---Adds every count of `other` to this counter (e.g. in a script's `merge(a, b)`); returns this counter.
---@param other Counter
---@return Counter
function Counter:merge(other) end

---@class Report
---@field title string? The report's title.
---@field sections {kind: string, title: string?}[] What the report holds: each section's kind (`table`, `bars`, `timeline`, `summary`, `markdown`) and title.
local Report = {}

---Appends sections: other reports (their sections, in order) or strings (Markdown text). Returns the report, so calls chain.
---@param ... Report|string
---@return Report
function Report:add(...) end

---The report as text: `table` (the default), `markdown`, `csv`, `json`, `jsonl` or `html`. Same as `pr.report.render(report, format)`.
---@param format? string
---@return string
function Report:render(format) end

---The pranalyze API: the corpus, the model, statistics and reports.
---@class pr
---@field version string The pranalyze version.
---@field cues pr.cues
---@field time pr.time
---@field people pr.people
---@field stats pr.stats
---@field text pr.text
---@field report pr.report
pr = {}

---Iterates the releases of the corpus given on the command line, in input order. Each call starts a new pass.
---@return fun(): Release?
function pr.releases() end

---Parses a string as a release (handy in the REPL and in tests).
---@param text string
---@param path? string
---@return Release
function pr.parse(text, path) end

---Writes a model object or plain Lua value as JSON. Objects list their properties in the documented order; tables with keys 1…n become arrays, other tables objects with sorted keys.
---@param value any
---@param pretty? boolean
---@return string
function pr.json(value, pretty) end

---The speech-cue lexicon quote attribution uses (said, told, according to, …). Changes apply to releases parsed afterwards: make them at the top of a script or in `init`.
---@class pr.cues
pr.cues = {}

---Adds a cue verb or phrase. Regular English forms (`quips`, `quipped`, `quipping`) are generated unless `forms` lists them.
---@param lemma string
---@param forms? string[]
function pr.cues.add(lemma, forms) end

---Removes a cue and all its forms; returns whether it was there.
---@param lemma string
---@return boolean
function pr.cues.remove(lemma) end

---The cue lemmas in use, sorted.
---@return string[]
function pr.cues.list() end

---Whether the lexicon holds this cue.
---@param lemma string
---@return boolean
function pr.cues.has(lemma) end

---Clock and calendar for sandboxed scripts: os.time, os.date and os.clock without os.
---@class pr.time
pr.time = {}

---Seconds since the epoch, like os.time: the current time, or the local time described by `t` (fields year, month, day; hour defaults to 12, min and sec to 0; isdst optional).
---@param t? table
---@return integer
function pr.time.now(t) end

---Formats a time like os.date: strftime conversions (`%Y-%m-%d`), a leading `!` for UTC, `*t` for a table of fields. `t` defaults to now.
---@param format? string
---@param t? integer
---@return string|table
function pr.time.date(format, t) end

---Processor time used by the program, in seconds (os.clock).
---@return number
function pr.time.clock() end

---People across releases. A `Person` belongs to one release; `pr.people.key` gives the key that identifies the individual across releases: the full name with case, diacritics, periods and white space folded, then through the aliases set with `pr.people.alias`. "Sergey Lavrov", "Lavrov" and "Foreign Minister Lavrov" of different releases share a key when each release resolves its mentions to the full name.
---@class pr.people
pr.people = {}

---The canonical key of a person (or of a name): `"Sergéy  Lavrov"` → `"sergey lavrov"`, then aliases applied. Group by it, show `p.name`.
---@param p Person|string
---@return string
function pr.people.key(p) end

---The id the aliases file (`--aliases`) gives this person (a Wikidata QID, a member code), or nil.
---@param p Person|string
---@return string?
function pr.people.id(p) end

---The name to show for a person across releases: the canonical name of the aliases file when it lists them, else the resolved name (`p.name`; a surname-only mention resolved through the release's `member`/`speaker`/`author` metadata).
---@param p Person|string
---@return string
function pr.people.name(p) end

---Treats `name` as the same person as `canonical` from now on (both are folded; chains are followed). Call it at the top of a script or in `init`.
---@param name string|Person
---@param canonical string
function pr.people.alias(name, canonical) end

---A name folded the way keys are (case, diacritics, periods, white space), without aliases.
---@param name string
---@return string
function pr.people.fold(name) end

---The aliases set so far, folded: `{ ["sergei lavrov"] = "sergey lavrov" }`.
---@return table<string, string>
function pr.people.aliases() end

---Descriptive statistics over Lua tables: counts, sums, means, medians, percentiles, standard deviations, histograms, top-k, group-by and counters. `t` is a list, or a table whose values are used (`{a = 3, b = 5}`); `key` (a field name or a function of the item) picks the number from each item. nil (and NaN) values are skipped.
---@class pr.stats
pr.stats = {}

---Number of values in `t`; with `pred`, those for which `pred(v)` is true (a function) or that equal `pred` (any other value).
---@param t table
---@param pred? any
---@return integer
function pr.stats.count(t, pred) end

---Sum of the values (0 for none); an integer when every value is one. `t` is a list, or a table whose values are used (`{a = 3, b = 5}`); `key` (a field name or a function of the item) picks the number from each item. nil (and NaN) values are skipped.
---@param t table
---@param key? string|function
---@return number
function pr.stats.sum(t, key) end

---Arithmetic mean, or nil when there are no values. `t` is a list, or a table whose values are used (`{a = 3, b = 5}`); `key` (a field name or a function of the item) picks the number from each item. nil (and NaN) values are skipped.
---@param t table
---@param key? string|function
---@return number?
function pr.stats.mean(t, key) end

---The middle value (the mean of the two middle values for an even count); nil when there are no values. Same as `percentile(t, 50)`.
---@param t table
---@param key? string|function
---@return number?
function pr.stats.median(t, key) end

---The `p`-th percentile (0–100), interpolating linearly between the closest ranks (numpy's default, Excel's PERCENTILE.INC); nil when there are no values; the value itself for one value.
---@param t table
---@param p number
---@param key? string|function
---@return number?
function pr.stats.percentile(t, p, key) end

---Standard deviation: of a sample (divides by n − 1; nil for fewer than two values) or, with `population = true`, of the whole population (divides by n).
---@param t table
---@param key? string|function
---@param population? boolean
---@return number?
function pr.stats.stddev(t, key, population) end

---The smallest value, or nil when there are none.
---@param t table
---@param key? string|function
---@return number?
function pr.stats.min(t, key) end

---The largest value, or nil when there are none.
---@param t table
---@param key? string|function
---@return number?
function pr.stats.max(t, key) end

---Counts values in equal-width bins. Each bin holds `lo <= x < hi`; the last also holds `x == hi`. Give `bins` (a count) or `width`; by default Sturges' rule (⌈log₂ n⌉ + 1 bins). `min`/`max` fix the range (values outside are not counted). All values equal: one bin. Each bin also has `[1] = label, [2] = count`, so the result can be passed to `pr.report.bars` as is.
---@param t table
---@param opts? {bins?: integer, width?: number, min?: number, max?: number, key?: string|function}
---@return {lo: number, hi: number, count: integer, label: string}[]
function pr.stats.histogram(t, opts) end

---The `k` most frequent keys (all when `k` is nil), most frequent first. `t` is a map of counts (`{Lavrov = 6, Tillerson = 2}`), a `Counter`, or a list of values, which are counted. Ties are broken by key in ascending order (numbers, then strings in Unicode order), so the result never depends on table order. Each entry is `{key, count}` and also has fields `key` and `count`: it can be used directly as `rows` of `pr.report.table`.
---@param t table|Counter
---@param k? integer
---@return {key: any, count: number}[]
function pr.stats.top(t, k) end

---Counts items by key: `{[key] = count}`. Items whose key is nil are left out. Without `key`, the values themselves are counted.
---@param t table
---@param key? string|function
---@return table<any, integer>
function pr.stats.count_by(t, key) end

---Groups items by key: `{[key] = {items…}}`, items in input order; also returns the keys in first-seen order. Items whose key is nil are left out.
---@param t table
---@param key string|function
---@return table<any, any[]>, any[]
function pr.stats.group_by(t, key) end

---A new, empty `Counter`: `c:add(key)`, then `c:top(10)`, `c:get(key)`, `c.total`.
---@return Counter
function pr.stats.counter() end

---Text helpers that understand UTF-8: words, normalisation, case folding, accent stripping, matching by words or substrings, lengths and substrings by characters.
---@class pr.text
pr.text = {}

---The words of `s`, in order: runs of letters, marks and digits in any script. An apostrophe or hyphen between letters stays inside a word (`Trump’s`, `al-Assad`), as does a `.` or `,` between digits (`3.5`, `1,000`). Punctuation and white space separate words.
---@param s string
---@return string[]
function pr.text.words(s) end

---Case-folded for comparison, with full Unicode folding (`Straße` → `strasse`, `ЛАВРОВ` → `лавров`). Compare `fold(a) == fold(b)` to ignore case.
---@param s string
---@return string
function pr.text.fold(s) end

---`s` without diacritics: `Frédéric Müller` → `Frederic Muller`.
---@param s string
---@return string
function pr.text.strip_accents(s) end

---Normalised for counting and comparing: Unicode NFKC (ligatures, fullwidth and superscript forms become plain), typographic quotes, apostrophes and dashes made ASCII, `…` as `...`, soft hyphens and zero-width spaces removed, every run of white space (non-breaking too) one space, trimmed. Also spelled `normalize`.
---@param s string
---@return string
function pr.text.normalise(s) end

---Same as `pr.text.normalise`.
---@param s string
---@return string
function pr.text.normalize(s) end

---Whether `needle` occurs in `s` as plain text (no Lua patterns); with `fold = true`, ignoring case.
---@param s string
---@param needle string
---@param fold? boolean
---@return boolean
function pr.text.contains(s, needle, fold) end

---How many times `needle` occurs in `s` (plain text, non-overlapping); with `fold = true`, ignoring case.
---@param s string
---@param needle string
---@param fold? boolean
---@return integer
function pr.text.count(s, needle, fold) end

---The first of `needles` (in list order) that occurs in `s` as plain text, or nil; with `fold = true`, ignoring case.
---@param s string
---@param needles string[]
---@param fold? boolean
---@return string?
function pr.text.find_any(s, needles, fold) end

---Whether the words of `phrase` occur in `s` as whole, consecutive words, ignoring case: `has_words("The Foreign Minister said", "foreign minister")` is true, `has_words("Ministerial", "minister")` is false.
---@param s string
---@param phrase string
---@return boolean
function pr.text.has_words(s, phrase) end

---Whether `s` begins with `prefix` (plain text).
---@param s string
---@param prefix string
---@return boolean
function pr.text.starts_with(s, prefix) end

---Whether `s` ends with `suffix` (plain text).
---@param s string
---@param suffix string
---@return boolean
function pr.text.ends_with(s, suffix) end

---Pieces of `s` between occurrences of the plain-text `sep` (empty pieces kept); without `sep`, the runs of non-white-space.
---@param s string
---@param sep? string
---@return string[]
function pr.text.split(s, sep) end

---`s` without leading and trailing white space (Unicode, non-breaking too).
---@param s string
---@return string
function pr.text.trim(s) end

---Length in user-perceived characters (`#` counts bytes: `#"Лавров"` is 12, `pr.text.len("Лавров")` is 6).
---@param s string
---@return integer
function pr.text.len(s) end

---Characters `i` to `j` (inclusive, 1-based; negative counts from the end), like `string.sub` but never cutting a character in half.
---@param s string
---@param i integer
---@param j? integer
---@return string
function pr.text.sub(s, i, j) end

---Columns `s` takes in a terminal: combining marks take none, wide CJK characters and emoji two.
---@param s string
---@return integer
function pr.text.width(s) end

---Reports: tables with typed columns, bar charts, timelines, key–value summaries and Markdown text. Each constructor returns a `Report`; combine several with `pr.report.new{ title = …, a, b }` or `report:add(section)`. Return a report from `finish()` and pranalyze renders it in the `--format` asked for (an aligned terminal table by default; also markdown, csv, json, jsonl, html).
---@class pr.report
---@field formats string[] The names of the output formats.
pr.report = {}

---A report with a title and sections: the spec's list items (reports or Markdown strings), in order, then those of its `sections` field if given. More sections can be added with `report:add(…)`.
---@param spec? string|{title?: string, sections?: (Report|string)[], [integer]: Report|string}
---@return Report
function pr.report.new(spec) end

---A table. `columns` are names, or tables with `name`, `type` (`string`, `integer`, `number`, `date`, `percent`: a fraction shown as 25.0%), `align` (`left`, `right`, `center`) and `decimals`; without a type it is inferred from the values. `rows` are lists in column order or records keyed by column name. `sort` names columns, `-` first for descending (`"-quotes"` or `{ "-quotes", "speaker" }`); ties keep row order and nils go last. `limit` shows the first rows only.
---@param spec {title?: string, columns: (string|{name: string, type?: string, align?: string, decimals?: integer})[], rows: table[], sort?: string|string[], limit?: integer}
---@return Report
function pr.report.table(spec) end

---A horizontal bar chart. `data` is a map `{label = value}` or a `Counter` (sorted by value, largest first), or a list of `{label, value}` pairs or records with `label`/`key` and `value`/`count` (kept in order), such as `pr.stats.top` and `pr.stats.histogram` results. `sort` = `"value"`, `"label"` or `"none"`; `columns` names the label and value where the chart is written as a table.
---@param spec {title?: string, data: table, columns?: string[], sort?: string, limit?: integer}
---@return Report
function pr.report.bars(spec) end

---Values over time, per `by` = `day`, `week` (ISO weeks, `2017-W45`), `month` (the default) or `year`. Give `dates` (a list of `YYYY-MM-DD` dates: each counts one) or `data` (`{date, value}` pairs or a `{[date] = value}` map: values are summed per period). Periods without data between the first and the last are shown as 0 unless `fill = false`. Unreadable dates are left out and reported.
---@param spec {title?: string, by?: string, dates?: string[], data?: table, fill?: boolean, columns?: string[]}
---@return Report
function pr.report.timeline(spec) end

---Key–value lines: `{ {"Releases", 12}, {"Words", 3400} }` in order (in the spec itself or in `items`), or a map in `items` (sorted by key).
---@param spec {title?: string, items?: table, [integer]: {string, any}}
---@return Report
function pr.report.summary(spec) end

---Free Markdown text (headings, lists, emphasis, `code`, links); written as is in text formats and converted to HTML in html.
---@param text string|{title?: string, text: string}
---@return Report
function pr.report.markdown(text) end

---The report as text in `format`: `table` (the default), `markdown`, `csv`, `json`, `jsonl` or `html`. `colour` adds ANSI colours to the terminal table. Accepts what `finish()` may return: a report, a string, or a table spec.
---@param report Report|string|table
---@param format? string
---@param colour? boolean
---@return string
function pr.report.render(report, format, colour) end

---An argument declared in `meta.args`, set with `--arg name=value`.
---@class ScriptArg
---@field name string
---@field type "string"|"integer"|"number"|"boolean"|"date"|"list"
---@field default any
---@field doc string?
---@field required boolean?

---@class ScriptMeta
---@field name string? Shown in messages and listings (default: the file name).
---@field description string? One line saying what the script reports.
---@field args ScriptArg[]? Arguments set with `--arg name=value`: each `{ name, type, default, doc, required }`; `type` is one of `string`, `integer`, `number`, `boolean`, `date` (`YYYY-MM-DD`), `list` (comma-separated). Unknown or ill-typed values are a usage error (exit 2) before any hook runs.
---@field needs string[]? Release properties the hooks read, so the parser computes them up front (the hooks defined imply their own).

---A script returns a table (or defines globals of the same names). All parts are optional; a chunk that defines none of them is simply run, so one-liners with `pr.releases()` work as they are.
---@class Script
---@field meta ScriptMeta?
---@field init (fun(args: table))? Called once, after `--arg` values were checked against `meta.args` and converted; `args` holds every declared argument (given, else its default).
---@field Release (fun(r: Release): boolean?)? Called for each release in input order. Returning `false` drops the release: later hooks do not see it.
---@field Paragraph (fun(p: Paragraph, r: Release))? Called for each paragraph of a kept release, in order.
---@field Quote (fun(q: Quote, r: Release))? Called for each quote of a kept release, in order.
---@field Statement (fun(st: Statement, r: Release))? Called for each attributed statement of a kept release (quoted or reported, `r.attributions`), in text order. Defining it is what makes the reported-speech analysis run.
---@field Person (fun(p: Person, r: Release))? Called for each person of a kept release.
---@field finish (fun(partial?: table): (string|Report|table)?)? Called once after the corpus. A script defining `partial` and `merge` receives the merged partial (after a single-state run too) and should build its result from it. What it returns is the script's result: nil for none; a string, printed as is (a trailing newline added when missing); or a report (`pr.report.*`, a table spec `{ columns = …, rows = … }`, or a list of sections), rendered in the `--format` asked for, to standard output or `--output FILE`.
