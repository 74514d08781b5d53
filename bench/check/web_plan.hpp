#pragma once
// The loopback web the link-check benchmark serves: a seeded, deterministic set of URLs over
// the hosts 127.0.0.1 .. 127.0.0.N, each with a known fate (live, dead, moved), so a checker's
// counts can be compared with the truth exactly.

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace citecheck::bench {

/// What the server answers for one listed URL.
enum class Fate { live, dead, moved };

/// One listed URL: `/doc/<id>/<slug>` on host 127.0.0.<host>.
struct Link {
  std::size_t id = 0;
  int host = 1;
  std::string slug;
  std::string title;
  Fate fate = Fate::live;
};

/// Counts per fate: what a correct checker must report.
struct FateCounts {
  std::size_t live = 0;
  std::size_t dead = 0;
  std::size_t moved = 0;
};

/// The whole web: links in listing order (hosts interleaved), and the port every host uses.
class WebPlan {
 public:
  /// `dead_permille` and `moved_permille` of the links (rounded down) get those fates; which
  /// ones is drawn from `seed`, so the same arguments always give the same web.
  WebPlan(std::size_t links, int hosts, int port, std::uint64_t seed, int dead_permille = 100,
          int moved_permille = 50);

  const std::vector<Link>& links() const { return m_links; }
  int hosts() const { return m_hosts; }
  int port() const { return m_port; }
  FateCounts counts() const;

  /// `http://127.0.0.<host>:<port><path>`.
  std::string url(const Link& link) const;
  std::string origin(int host) const;
  static std::string path(const Link& link);
  /// Where a moved link now lives (a live page on the same host).
  static std::string moved_path(const Link& link);

  /// The link whose path (listed or moved-to) this is, if any; `moved_target` tells which.
  const Link* find(const std::string& path, bool& moved_target) const;

  /// A small article page: title, heading and a few sentences unique to the link.
  std::string page(const Link& link) const;
  /// The index: one HTML page listing every link (for crawlers that start from a page).
  std::string index_html() const;
  /// Every link as a footnoted Markdown document (what citecheck and Markdown checkers read).
  std::string markdown() const;
  /// Links [from, to) as one document, its notes numbered from 1.
  std::string markdown(std::size_t from, std::size_t to) const;
  /// docs/ holds the links over this many documents.
  static constexpr std::size_t k_documents = 100;

  /// Writes links.md, links.html, urls.txt, curl-head.cfg, curl-get.cfg and expected.json.
  void write_files(const std::filesystem::path& dir) const;

 private:
  std::vector<Link> m_links;
  int m_hosts;
  int m_port;
};

}  // namespace citecheck::bench
