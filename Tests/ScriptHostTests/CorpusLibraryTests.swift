import Foundation
import LuaKit
import Report
import Testing
@testable import ScriptHost

/// The host library over real releases, checked against computations done here in Swift.
@Suite struct CorpusLibraryTests {
    @Test func wordStatisticsPerRelease() throws {
        let folder = Library.real("kremlin-ukraine")
        let words = try Library.releases([folder]).map { Double($0.words) }
        #expect(words.count > 100)
        let out = try Library.eval("""
            local words = {}
            for r in pr.releases() do words[#words + 1] = r.words end
            return #words, pr.stats.sum(words), pr.stats.mean(words), pr.stats.median(words),
                   pr.stats.percentile(words, 90), pr.stats.stddev(words), pr.stats.max(words)
            """, inputs: [folder])
        let n = Double(words.count)
        let sorted = words.sorted()
        let mean = words.reduce(0, +) / n
        let median = sorted.count % 2 == 1 ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
        let rank = 0.9 * (n - 1)
        let p90 = sorted[Int(rank)] + (sorted[min(Int(rank) + 1, sorted.count - 1)] - sorted[Int(rank)]) * (rank - rank.rounded(.down))
        let sd = (words.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / (n - 1)).squareRoot()
        #expect(out[0] == .integer(words.count))
        #expect(out[1] == .integer(Int(words.reduce(0, +))))
        #expect(abs(out[2].number! - mean) < 1e-9)
        #expect(out[3].number == median)
        #expect(abs(out[4].number! - p90) < 1e-9)
        #expect(abs(out[5].number! - sd) < 1e-9 * sd)
        #expect(out[6].number == sorted.last)
    }

    @Test func releasesPerYearWithCounterAndTop() throws {
        let folder = Library.real("congress-us")
        var years: [String: Int] = [:]
        for date in try Library.indexDates(folder).values { years[String(date.prefix(4)), default: 0] += 1 }
        #expect(years.count >= 5)
        let expected = years.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(5)
        let out = try Library.value("""
            local c = pr.stats.counter()
            for r in pr.releases() do c:add(r.path:match("/(%d%d%d%d)%-%d%d%-%d%d_[^/]*$")) end
            local parts = {}
            for _, e in ipairs(c:top(5)) do parts[#parts + 1] = e.key .. "=" .. e.count end
            return table.concat(parts, " ")
            """, inputs: [folder])
        #expect(out == .string(expected.map { "\($0.key)=\($0.value)" }.joined(separator: " ")))
    }

    @Test func timelineOfRealDates() throws {
        let folder = Library.real("kremlin-ukraine")
        var months: [String: Int] = [:]
        for date in try Library.indexDates(folder).values { months[String(date.prefix(7)), default: 0] += 1 }
        #expect(months.count > 3)
        let vm = try Library.host(inputs: [folder]).vm
        try vm.load("""
            local dates = {}
            for r in pr.releases() do dates[#dates + 1] = r.path:match("_(%d%d%d%d%-%d%d%-%d%d)_[^/]*$") end
            return pr.report.timeline{ title = "Releases per month", dates = dates, fill = false }
            """, name: "test")
        try vm.call(arguments: 0, results: 1)
        let report = try ReportReader.read(vm.stack, at: -1)
        guard case .timeline(let t) = report.sections[0].content else { Issue.record("not a timeline"); return }
        #expect(t.points.map(\.period) == months.keys.sorted())
        #expect(t.points.map { Int($0.value) } == months.keys.sorted().map { months[$0]! })
        // The CSV of it is the same table.
        let csv = render(report, format: .csv).split(separator: "\r\n")
        #expect(csv.count == months.count + 1)
        #expect(csv.first == "month,count")
    }

    @Test func wordFrequenciesOfTheSeed() throws {
        let text = try Library.releases([Library.seed])[0].text
        // An independent tokenisation: letters and digits, apostrophes and hyphens kept inside.
        var counts: [String: Int] = [:]
        for token in text.split(whereSeparator: { !($0.isLetter || $0.isNumber || "'’-".contains($0)) }) {
            let word = token.trimmingCharacters(in: CharacterSet(charactersIn: "'’-")).lowercased()
            if !word.isEmpty { counts[word, default: 0] += 1 }
        }
        #expect(counts.count > 100)
        let expected = counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(8)
        let out = try Library.value("""
            local c = pr.stats.counter()
            for r in pr.releases() do
              for _, w in ipairs(pr.text.words(r.text)) do c:add(pr.text.fold(w)) end
            end
            local parts = {}
            for _, e in ipairs(c:top(8)) do parts[#parts + 1] = e.key .. "=" .. e.count end
            return table.concat(parts, " ")
            """, inputs: [Library.seed])
        #expect(out == .string(expected.map { "\($0.key)=\($0.value)" }.joined(separator: " ")))
    }

    @Test func realReportInEveryFormat() throws {
        let folder = Library.real("au-parliament")
        let vm = try Library.host(inputs: [folder]).vm
        try vm.load("""
            local rows, lengths = {}, {}
            for r in pr.releases() do
              rows[#rows + 1] = { r.headline or "", r.date, r.words }
              lengths[#lengths + 1] = r.words
            end
            return pr.report.new{ title = "Australian parliament",
              pr.report.table{ title = "Longest", columns = { "headline", { name = "date", type = "date" }, "words" },
                               rows = rows, sort = "-words", limit = 10 },
              pr.report.bars{ title = "Length", data = pr.stats.histogram(lengths, { bins = 8 }) },
              pr.report.summary{ title = "Corpus", { "Releases", #rows }, { "Median words", pr.stats.median(lengths) } } }
            """, name: "test")
        try vm.call(arguments: 0, results: 1)
        let report = try ReportReader.read(vm.stack, at: -1)
        for format in ReportFormat.allCases { #expect(!render(report, format: format).isEmpty) }
        let json = try JSONSerialization.jsonObject(with: Data(render(report, format: .json).utf8)) as? [String: Any]
        let sections = json?["sections"] as? [[String: Any]]
        #expect((sections?[0]["rows"] as? [Any])?.count == 10)
        for line in render(report, format: .jsonl).split(separator: "\n") {
            #expect(try JSONSerialization.jsonObject(with: Data(line.utf8)) is [String: Any])
        }
        // Every line of the terminal table is equally wide, whatever the headlines hold.
        let table = render(report, format: .table).split(separator: "\n").filter { $0.hasPrefix("│") || $0.hasPrefix("┌") }
        #expect(Set(table.map { DisplayWidth.of(String($0)) }).count == 1)
    }
}
