// The formats rendered in-process from hand-made records, so their validity is tested
// whatever the parser finds.
#include <doctest/doctest.h>

#include <limits>
#include <sstream>

#include <citecheck/json.hpp>

#include "format_checks.hpp"
#include "report/report.hpp"

using namespace citecheck;
using namespace citecheck::cli;

namespace {

Citation make(int footnote, int k, Kind kind) {
  Citation c;
  c.footnote = footnote;
  c.id = std::to_string(footnote) + "." + std::to_string(k);
  c.kind = kind;
  c.span.line = 10 * footnote;
  return c;
}

ParsedDocument sample() {
  ParsedDocument doc;
  doc.path = "brief_2015.txt";
  doc.format = Format::text;
  doc.warnings = {"brief_2015.txt: footnote 7: number inferred"};

  Citation web = make(1, 1, Kind::web);
  web.title = "MINUSMA Mandate";
  web.urls = {"http://www.un.org/en/peacekeeping/missions/minusma/mandate.shtml"};
  web.raw = "MINUSMA Mandate. http://www.un.org/en/peacekeeping/missions/minusma/mandate.shtml";
  web.repairs = {{"join_url_across_lines", "mandate.", "mandate.shtml", "joined"}};
  Citation symbol = make(1, 2, Kind::un_document);
  symbol.un_symbols = {"S/RES/2100 (2013)"};
  symbol.raw = "United Nations S/RES/2100.";
  Citation ibid = make(2, 1, Kind::ibid);
  ibid.ibid_of = 1;
  ibid.pinpoint = "p. 4";
  ibid.raw = "Ibid., p. 4.";
  Citation article = make(3, 1, Kind::journal_article);
  article.authors = {"Morten Bøås", "Peter van Tuijl"};
  article.title = "Guns, money & prayers: {AQIM}'s 100% blueprint_for $control\\ #1 ~ ^";
  article.container_title = "CTC Sentinel";
  article.issued = "2014-04";
  article.volume = "7";
  article.issue = "4";
  article.pages = "1-6";
  article.dois = {"10.1000/x{y}z"};
  article.urls = {"https://ctc.usma.edu/a b{c}"};
  article.accessed = "2015-01-02";
  Citation news = make(4, 1, Kind::news);
  news.authors = {"Reuters"};
  news.title = "Mali talks";
  news.container_title = "Reuters";
  news.issued = "16 March 2015";  // not ISO: kept raw
  news.urls = {"http://www.reuters.com/article/2015/03/16/us-mali-talks"};
  Citation interview = make(5, 1, Kind::interview);
  interview.raw = "Interview with a senior UN official, Bamako, May 2014.";
  Citation same_author = make(6, 1, Kind::journal_article);
  same_author.authors = {"Bøås, Morten"};
  same_author.title = "Guns again";
  same_author.issued = "2014";

  doc.footnotes.resize(6);
  const std::vector<std::vector<Citation>> citations{{web, symbol}, {ibid},      {article},
                                                     {news},        {interview}, {same_author}};
  for (std::size_t i = 0; i < citations.size(); ++i) {
    doc.footnotes[i].number = static_cast<int>(i + 1);
    doc.footnotes[i].span.line = 10 * static_cast<int>(i + 1);
    doc.footnotes[i].text = citations[i].front().raw;
    doc.footnotes[i].citations = citations[i];
  }
  return doc;
}

std::string render(ReportFormat format, const std::vector<ParsedDocument>& docs) {
  std::ostringstream out;
  auto reporter = make_reporter(format);
  reporter->begin(out, docs.size());
  for (const auto& doc : docs) {
    reporter->document(out, doc);
  }
  reporter->end(out);
  return out.str();
}

}  // namespace

TEST_SUITE("cli") {
  TEST_CASE("format names round-trip") {
    for (const auto& name : report_format_names()) {
      const auto format = report_format_from_string(name);
      REQUIRE(format);
      CHECK(to_string(*format) == name);
    }
    CHECK_FALSE(report_format_from_string("xml"));
  }

  TEST_CASE("csl-json: valid items, each source once, no ibid") {
    const std::string text = render(ReportFormat::csl_json, {sample(), sample()});
    CAPTURE(text);
    CHECK(test::csl_json_problems(text).empty());
    const auto items = nlohmann::json::parse(text);
    // web, symbol, article, news, interview, same_author; the second document repeats them.
    REQUIRE(items.size() == 6);
    CHECK(items[0]["type"] == "webpage");
    CHECK(items[1]["type"] == "report");
    CHECK(items[1]["number"] == "S/RES/2100 (2013)");
    CHECK(items[1]["publisher"] == "United Nations");
    const auto& article = items[2];
    CHECK(article["type"] == "article-journal");
    CHECK(article["author"][0]["family"] == "Bøås");
    CHECK(article["author"][0]["given"] == "Morten");
    CHECK(article["author"][1]["non-dropping-particle"] == "van");
    CHECK(article["issued"]["date-parts"] == nlohmann::json::parse("[[2014, 4]]"));
    CHECK(article["accessed"]["date-parts"] == nlohmann::json::parse("[[2015, 1, 2]]"));
    CHECK(article["DOI"] == "10.1000/x{y}z");
    CHECK(article["container-title"] == "CTC Sentinel");
    CHECK(article["page"] == "1-6");
    CHECK(items[3]["type"] == "article-newspaper");
    CHECK(items[3]["author"][0]["literal"] == "Reuters");
    CHECK(items[3]["issued"]["raw"] == "16 March 2015");
    CHECK(items[4]["type"] == "interview");
    CHECK(items[5]["id"] != article["id"]);
  }

  TEST_CASE("bibtex: balanced, unique keys, specials escaped") {
    const std::string text = render(ReportFormat::bibtex, {sample()});
    CAPTURE(text);
    const auto check = test::check_bibtex(text);
    CHECK(check.problems.empty());
    CHECK(check.keys.size() == 6);
    CHECK(check.types == std::vector<std::string>{"online", "techreport", "article", "article",
                                                  "misc", "article"});
    CHECK(text.find("author = {Bøås, Morten and van Tuijl, Peter}") != std::string::npos);
    CHECK(text.find("author = {{Reuters}}") != std::string::npos);
    CHECK(text.find("\\& prayers") != std::string::npos);
    CHECK(text.find("100\\%") != std::string::npos);
    CHECK(text.find("\\textbraceleft{}AQIM\\textbraceright{}") != std::string::npos);
    CHECK(text.find("blueprint\\_for \\$control\\textbackslash{} \\#1") != std::string::npos);
    CHECK(text.find("url = {https://ctc.usma.edu/a%20b%7Bc%7D}") != std::string::npos);
    CHECK(text.find("number = {S/RES/2100 (2013)}") != std::string::npos);
    CHECK(text.find("institution = {United Nations}") != std::string::npos);
  }

  TEST_CASE("json: one input an object, several an array") {
    const auto one = nlohmann::json::parse(render(ReportFormat::json, {sample()}));
    CHECK(one.is_object());
    CHECK(one["document"] == "brief_2015.txt");
    CHECK(one["footnotes"].size() == 6);
    CHECK(one["warnings"].size() == 1);
    const auto two = nlohmann::json::parse(render(ReportFormat::json, {sample(), sample()}));
    REQUIRE(two.is_array());
    CHECK(two.size() == 2);
    const auto none = nlohmann::json::parse(render(ReportFormat::json, {}));
    CHECK(none == nlohmann::json::array());
  }

  TEST_CASE("jsonl: one citation a line, each with its document and footnote") {
    std::istringstream lines(render(ReportFormat::jsonl, {sample()}));
    std::string line;
    int count = 0;
    while (std::getline(lines, line)) {
      const auto record = nlohmann::json::parse(line);
      CHECK(record["document"] == "brief_2015.txt");
      CHECK(record.contains("footnote_text"));
      CHECK(record["id"].is_string());
      ++count;
    }
    CHECK(count == 7);
  }

  TEST_CASE("jsonl: each line byte for byte as nlohmann's dump of to_json writes it") {
    ParsedDocument doc = sample();
    doc.path = "d\xC3\xA9j\xE0\x80 \"x\"\\.pdf";  // broken UTF-8: nlohmann's U+FFFD per sequence
    Footnote& odd = doc.footnotes[2];
    odd.text = "tab\there, bell\x07, cut \xE2\x80 and \xF0\x9F\x98 end \xFF\xC0\xAF";
    Citation& article = odd.citations.front();
    article.raw = odd.text;
    article.confidence = 0.0001;  // std::to_chars would write 1e-04
    article.span.page = 3;
    article.span.element = "fn\x01";
    article.span.position = PagePoint{72.5, 1e20};
    article.url_candidates = {"http://a.test/\xC3", "http://b.test/"};
    article.repairs = {{"remove_stray_space",
                        "a\x80"
                        "b",
                        "ab", "\"quoted\" \xED\xA0\x80"}};
    doc.footnotes[1].citations.front().confidence = std::numeric_limits<double>::quiet_NaN();

    std::string expected;
    for (const auto& footnote : doc.footnotes) {
      for (const auto& citation : footnote.citations) {
        nlohmann::json line = to_json(citation);
        line["document"] = doc.path;
        line["format"] = to_string(doc.format);
        line["footnote_text"] = footnote.text;
        line["footnote_line"] = footnote.span.line;
        expected += line.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
      }
    }
    CHECK(render(ReportFormat::jsonl, {doc}) == expected);
  }

  TEST_CASE("table: header, warnings, one line per citation with a repair marker") {
    const std::string text = render(ReportFormat::table, {sample()});
    CAPTURE(text);
    CHECK(text.find("== brief_2015.txt (text): 6 footnotes, 7 citations") != std::string::npos);
    CHECK(text.find("warning: brief_2015.txt: footnote 7: number inferred") != std::string::npos);
    CHECK(text.find("1.1  web") != std::string::npos);
    CHECK(text.find("[repaired: join_url_across_lines]") != std::string::npos);
    CHECK(text.find("S/RES/2100 (2013)") != std::string::npos);
    CHECK(text.find("ibid. of footnote 1, p. 4") != std::string::npos);
    CHECK(text.find("doi:10.1000/x{y}z") != std::string::npos);
  }
}
