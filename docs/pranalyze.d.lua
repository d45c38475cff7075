---@meta pranalyze
-- LuaLS definitions for the pranalyze Lua API 0.1.0.
-- Generated from the API registry by `pranalyze docs --luals`; do not edit by hand.

---One parsed press release. Properties are computed on first read and then cached.
---@class Release
---@field id string Stable id: the path, plus `#record` inside multi-release files.
---@field path string The file the release came from (`-` for standard input).
---@field kind string? press release, statement, media advisory, … when a label says so.
---@field headline string? The headline.
---@field subheadline string? The subheadline, when there is one.
---@field date string? ISO date `YYYY-MM-DD` of the release.
---@field dateline Dateline? The dateline opening the body.
---@field paragraphs Paragraph[] Body paragraphs (no headline, dateline or boilerplate).
---@field sentences Sentence[] Body sentences, across paragraphs.
---@field quotes Quote[] Quoted speech (direct, partial and continued quotes), in source order. Computed on first read.
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
---@field kind string `direct`, `partial` (a fragment inside reported speech), `continued` (a paragraph reopening the quote) or `term` (not speech).
---@field words integer Number of words quoted.
---@field confidence number 0–1: how sure the attribution is (1: cue and named speaker in the same sentence).
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

---The pranalyze API: the corpus, the model, statistics and reports.
---@class pr
---@field version string The pranalyze version.
---@field cues pr.cues
---@field time pr.time
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
---@field Person (fun(p: Person, r: Release))? Called for each person of a kept release.
---@field finish (fun(): string?)? Called once after the corpus. What it returns is the script's result: a string is printed as is (a trailing newline added when missing).
