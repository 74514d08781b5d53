#include "web_plan.hpp"

#include <algorithm>
#include <cstdio>

#include <algorithm>
#include <array>
#include <charconv>
#include <cstdio>
#include <fstream>
#include <numeric>
#include <random>
#include <stdexcept>

namespace citecheck::bench {

namespace {

// Words for titles and text: plain English a policy brief might cite, none of the error
// wording ("not found", "error", "404") a soft-404 detector looks for.
constexpr std::array<const char*, 48> k_words = {
    "security",  "council",   "mission",    "report",    "budget",    "election", "border",
    "ceasefire", "envoy",     "refugees",   "drought",   "harvest",   "treaty",   "sanctions",
    "monitors",  "assembly",  "mandate",    "brigade",   "convoy",    "pipeline", "tariff",
    "census",    "court",     "ministry",   "province",  "summit",    "agency",   "survey",
    "estimate",  "programme", "resolution", "framework", "coalition", "inquiry",  "audit",
    "corridor",  "reservoir", "vaccine",    "schools",   "wages",     "militia",  "observers",
    "dialogue",  "charter",   "delegation", "archive",   "ledger",    "testimony"};

std::string capitalised(std::string word) {
  if (!word.empty()) {
    word[0] = static_cast<char>(word[0] - 'a' + 'A');
  }
  return word;
}

std::string fate_name(Fate fate) {
  switch (fate) {
    case Fate::live:
      return "live";
    case Fate::dead:
      return "dead";
    case Fate::moved:
      return "moved";
  }
  return "live";
}

void write_file(const std::filesystem::path& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary);
  out << text;
  if (!out) {
    throw std::runtime_error("cannot write " + path.string());
  }
}

}  // namespace

WebPlan::WebPlan(std::size_t links, int hosts, int port, std::uint64_t seed, int dead_permille,
                 int moved_permille)
    : m_hosts(hosts), m_port(port) {
  if (hosts < 1 || hosts > 254) {
    throw std::invalid_argument("hosts must be 1..254 (127.0.0.1 .. 127.0.0.254)");
  }
  std::mt19937_64 random(seed);
  std::uniform_int_distribution<std::size_t> word(0, k_words.size() - 1);
  m_links.resize(links);
  for (std::size_t i = 0; i < links; ++i) {
    Link& link = m_links[i];
    link.id = i + 1;
    // Interleaved hosts, as the links of a real document spread over sites.
    link.host = static_cast<int>(i % static_cast<std::size_t>(hosts)) + 1;
    const std::string a = k_words[word(random)];
    const std::string b = k_words[word(random)];
    const std::string c = k_words[word(random)];
    link.slug = a + "-" + b + "-" + c;
    link.title = capitalised(a) + " " + b + " and " + c + ", part " + std::to_string(link.id);
  }
  // Which links are dead or moved: a seeded shuffle, so the counts are exact and the positions
  // spread over hosts and over the document.
  std::vector<std::size_t> order(links);
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::shuffle(order.begin(), order.end(), random);
  const std::size_t dead = links * static_cast<std::size_t>(dead_permille) / 1000;
  const std::size_t moved = links * static_cast<std::size_t>(moved_permille) / 1000;
  for (std::size_t k = 0; k < dead + moved && k < links; ++k) {
    m_links[order[k]].fate = k < dead ? Fate::dead : Fate::moved;
  }
}

FateCounts WebPlan::counts() const {
  FateCounts counts;
  for (const Link& link : m_links) {
    switch (link.fate) {
      case Fate::live:
        ++counts.live;
        break;
      case Fate::dead:
        ++counts.dead;
        break;
      case Fate::moved:
        ++counts.moved;
        break;
    }
  }
  return counts;
}

std::string WebPlan::origin(int host) const {
  return "http://127.0.0." + std::to_string(host) + ":" + std::to_string(m_port);
}

std::string WebPlan::url(const Link& link) const {
  return origin(link.host) + path(link);
}

std::string WebPlan::path(const Link& link) {
  return "/doc/" + std::to_string(link.id) + "/" + link.slug;
}

std::string WebPlan::moved_path(const Link& link) {
  return "/new/" + std::to_string(link.id) + "/" + link.slug;
}

const Link* WebPlan::find(const std::string& path, bool& moved_target) const {
  // "/doc/<id>/<slug>" or "/new/<id>/<slug>": the id indexes the table, the slug must match.
  if (path.size() < 7 || path[0] != '/' || path[4] != '/') {
    return nullptr;
  }
  const std::string_view kind(path.data() + 1, 3);
  if (kind != "doc" && kind != "new") {
    return nullptr;
  }
  const char* first = path.data() + 5;
  const char* last = path.data() + path.size();
  std::size_t id = 0;
  const auto [end, error] = std::from_chars(first, last, id);
  if (error != std::errc{} || end == last || *end != '/' || id == 0 || id > m_links.size()) {
    return nullptr;
  }
  const Link& link = m_links[id - 1];
  if (std::string_view(end + 1, static_cast<std::size_t>(last - end - 1)) != link.slug) {
    return nullptr;
  }
  moved_target = kind == "new";
  return &link;
}

std::string WebPlan::page(const Link& link) const {
  std::string text = "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>" +
                     link.title + "</title></head>\n<body><main><h1>" + link.title + "</h1>\n<p>";
  // A few sentences of the page's own words, so no two pages look alike.
  std::mt19937 random(static_cast<unsigned>(link.id));
  std::uniform_int_distribution<std::size_t> word(0, k_words.size() - 1);
  for (int sentence = 0; sentence < 6; ++sentence) {
    text += capitalised(k_words[word(random)]);
    for (int w = 0; w < 11; ++w) {
      text += " ";
      text += k_words[word(random)];
    }
    text += ". ";
  }
  text += "</p>\n<p>Published as item " + std::to_string(link.id) +
          " of the archive.</p></main></body></html>\n";
  return text;
}

std::string WebPlan::index_html() const {
  std::string html =
      "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Loopback web "
      "index</title></head>\n<body><h1>Loopback web index</h1>\n<ol>\n";
  html.reserve(m_links.size() * 110);
  for (const Link& link : m_links) {
    html += "<li><a href=\"" + url(link) + "\">" + link.title + "</a></li>\n";
  }
  html += "</ol></body></html>\n";
  return html;
}

std::string WebPlan::markdown() const {
  return markdown(0, m_links.size());
}

std::string WebPlan::markdown(std::size_t from, std::size_t to) const {
  // A brief whose every claim carries a footnote citing one link: the shape citecheck reads,
  // and autolinks (<...>) that Markdown link checkers extract. Notes are numbered from 1.
  std::string body = "# Loopback web\n\n";
  std::string notes;
  body.reserve((to - from) * 40);
  notes.reserve((to - from) * 110);
  for (std::size_t i = from; i < to; ++i) {
    const Link& link = m_links[i];
    const std::size_t number = i - from + 1;
    const std::string n = std::to_string(number);
    body += "Claim " + n + ".[^" + n + "]" + (number % 10 == 0 ? "\n\n" : " ");
    notes += "[^" + n + "]: " + link.title + ", <" + url(link) + ">.\n";
  }
  return body + "\n\n" + notes;
}

void WebPlan::write_files(const std::filesystem::path& dir) const {
  std::filesystem::create_directories(dir);
  write_file(dir / "links.md", markdown());
  // The same links over k_documents documents, as an archive audit reads them.
  std::filesystem::create_directories(dir / "docs");
  const std::size_t documents = std::min(k_documents, std::max<std::size_t>(m_links.size(), 1));
  for (std::size_t d = 0; d < documents; ++d) {
    char name[32];
    std::snprintf(name, sizeof name, "doc-%03zu.md", d + 1);
    write_file(dir / "docs" / name,
               markdown(m_links.size() * d / documents, m_links.size() * (d + 1) / documents));
  }
  write_file(dir / "links.html", index_html());
  std::string urls;
  std::string curl = "# curl --parallel --parallel-max 64 [-I] -K curl.cfg\n";
  for (const Link& link : m_links) {
    const std::string u = url(link);
    urls += u + "\n";
    curl += "url = \"" + u + "\"\noutput = \"/dev/null\"\n";
  }
  write_file(dir / "urls.txt", urls);
  write_file(dir / "curl.cfg", curl);
  const FateCounts c = counts();
  std::string expected = "{\"links\": " + std::to_string(m_links.size()) +
                         ", \"live\": " + std::to_string(c.live) +
                         ", \"dead\": " + std::to_string(c.dead) +
                         ", \"moved\": " + std::to_string(c.moved) + ", \"fates\": {";
  for (const Link& link : m_links) {
    expected += (link.id == 1 ? "\"" : ", \"") + url(link) + "\": \"" + fate_name(link.fate) + "\"";
  }
  expected += "}}\n";
  write_file(dir / "expected.json", expected);
}

}  // namespace citecheck::bench
