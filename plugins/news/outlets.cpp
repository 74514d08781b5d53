#include "outlets.hpp"

#include <algorithm>
#include <array>
#include <string>
#include <unordered_map>
#include <vector>
#include "common/ascii.hpp"

namespace citecheck::plugins::news {

namespace {

// International agencies and papers of record first, then regional outlets that UN,
// humanitarian and policy writing cites often. A table, not a rule: extend it freely.
constexpr std::array k_outlets = {
    Outlet{"reuters.com", "", "Reuters", "Thomson Reuters"},
    Outlet{"apnews.com", "", "Associated Press", "AP|AP News|Associated Press News"},
    Outlet{"ap.org", "", "Associated Press", ""},
    Outlet{"afp.com", "", "Agence France-Presse", "AFP"},
    Outlet{"bloomberg.com", "", "Bloomberg", "Bloomberg News"},
    Outlet{"xinhuanet.com", "", "Xinhua", "Xinhua News Agency"},
    Outlet{"news.un.org", "", "UN News",
           "UN News Centre|UN News Center|United Nations News Centre|United Nations News "
           "Center|United Nations News Service"},
    Outlet{"un.org", "/apps/news", "UN News", ""},
    Outlet{"un.org", "/en/apps/news", "UN News", ""},
    Outlet{"nytimes.com", "", "The New York Times", "New York Times|NYT|NY Times"},
    Outlet{"washingtonpost.com", "", "The Washington Post", "Washington Post"},
    Outlet{"wsj.com", "", "The Wall Street Journal", "Wall Street Journal|WSJ"},
    Outlet{"latimes.com", "", "Los Angeles Times", "LA Times"},
    Outlet{"usatoday.com", "", "USA Today", ""},
    Outlet{"miamiherald.com", "", "Miami Herald", "The Miami Herald"},
    Outlet{"bostonglobe.com", "", "The Boston Globe", "Boston Globe"},
    Outlet{"chicagotribune.com", "", "Chicago Tribune", ""},
    Outlet{"cnn.com", "", "CNN", ""},
    Outlet{"nbcnews.com", "", "NBC News", ""},
    Outlet{"cbsnews.com", "", "CBS News", ""},
    Outlet{"abcnews.go.com", "", "ABC News", ""},
    Outlet{"foxnews.com", "", "Fox News", ""},
    Outlet{"npr.org", "", "NPR", "National Public Radio"},
    Outlet{"pbs.org", "/newshour", "PBS NewsHour", ""},
    Outlet{"politico.com", "", "Politico", ""},
    Outlet{"politico.eu", "", "Politico Europe", "Politico"},
    Outlet{"axios.com", "", "Axios", ""},
    Outlet{"time.com", "", "Time", "TIME"},
    Outlet{"newsweek.com", "", "Newsweek", ""},
    Outlet{"theatlantic.com", "", "The Atlantic", ""},
    Outlet{"newyorker.com", "", "The New Yorker", "New Yorker"},
    Outlet{"wired.com", "", "Wired", "WIRED|Wired Magazine"},
    Outlet{"wired.co.uk", "", "Wired UK", "WIRED UK"},
    Outlet{"voanews.com", "", "Voice of America", "VOA|VOA News"},
    Outlet{"rferl.org", "", "Radio Free Europe/Radio Liberty", "RFE/RL"},
    Outlet{"bbc.co.uk", "", "BBC", "BBC News"},
    Outlet{"bbc.com", "", "BBC", "BBC News"},
    Outlet{"theguardian.com", "", "The Guardian", "Guardian"},
    Outlet{"guardian.co.uk", "", "The Guardian", "Guardian"},
    Outlet{"telegraph.co.uk", "", "The Telegraph", "Daily Telegraph|The Daily Telegraph|Telegraph"},
    Outlet{"independent.co.uk", "", "The Independent", ""},
    Outlet{"thetimes.co.uk", "", "The Times", ""},
    Outlet{"ft.com", "", "Financial Times", "FT"},
    Outlet{"economist.com", "", "The Economist", "Economist"},
    Outlet{"dailymail.co.uk", "", "Daily Mail", ""},
    Outlet{"sky.com", "", "Sky News", ""},
    Outlet{"euronews.com", "", "Euronews", ""},
    Outlet{"dw.com", "", "Deutsche Welle", "DW"},
    Outlet{"spiegel.de", "", "Der Spiegel", "Spiegel|Spiegel Online"},
    Outlet{"lemonde.fr", "", "Le Monde", ""},
    Outlet{"monde-diplomatique.fr", "", "Le Monde diplomatique", ""},
    Outlet{"lefigaro.fr", "", "Le Figaro", ""},
    Outlet{"liberation.fr", "", "Libération", "Liberation"},
    Outlet{"france24.com", "", "France 24", "FRANCE 24"},
    Outlet{"rfi.fr", "", "RFI", "Radio France Internationale"},
    Outlet{"jeuneafrique.com", "", "Jeune Afrique", ""},
    Outlet{"elpais.com", "", "El País", "El Pais"},
    Outlet{"aljazeera.com", "", "Al Jazeera", "Al Jazeera English"},
    Outlet{"aljazeera.net", "", "Al Jazeera", ""},
    Outlet{"haaretz.com", "", "Haaretz", ""},
    Outlet{"timesofisrael.com", "", "The Times of Israel", "Times of Israel"},
    Outlet{"thehindu.com", "", "The Hindu", ""},
    Outlet{"hindustantimes.com", "", "Hindustan Times", ""},
    Outlet{"indiatimes.com", "", "The Times of India", "Times of India"},
    Outlet{"dawn.com", "", "Dawn", ""},
    Outlet{"scmp.com", "", "South China Morning Post", "SCMP"},
    Outlet{"japantimes.co.jp", "", "The Japan Times", "Japan Times"},
    Outlet{"abc.net.au", "", "ABC News (Australia)", ""},
    Outlet{"smh.com.au", "", "The Sydney Morning Herald", "Sydney Morning Herald"},
    Outlet{"cbc.ca", "", "CBC News", "CBC"},
    Outlet{"theglobeandmail.com", "", "The Globe and Mail", "Globe and Mail"},
    Outlet{"allafrica.com", "", "AllAfrica", ""},
    Outlet{"mg.co.za", "", "Mail & Guardian", "Mail and Guardian"},
    Outlet{"nation.africa", "", "Nation", "Daily Nation"},
    Outlet{"premiumtimesng.com", "", "Premium Times", ""},
    Outlet{"thenewhumanitarian.org", "", "The New Humanitarian", "New Humanitarian|IRIN|IRIN News"},
    Outlet{"irinnews.org", "", "IRIN", "IRIN News|The New Humanitarian"},
    Outlet{"worldpoliticsreview.com", "", "World Politics Review", ""},
    Outlet{"foreignpolicy.com", "", "Foreign Policy", ""},
    Outlet{"haitilibre.com", "", "Haiti Libre", "HaitiLibre"},
    Outlet{"lenouvelliste.com", "", "Le Nouvelliste", ""},
    Outlet{"diariolibre.com", "", "Diario Libre", ""},
    Outlet{"listindiario.com", "", "Listín Diario", "Listin Diario"},
    Outlet{"juno7.ht", "", "Juno7", ""},
    Outlet{"semana.com", "", "Semana", ""},
    Outlet{"eltiempo.com", "", "El Tiempo", ""},
    Outlet{"clarin.com", "", "Clarín", "Clarin"},
    Outlet{"folha.uol.com.br", "", "Folha de S.Paulo", ""},
    Outlet{"themoscowtimes.com", "", "The Moscow Times", "Moscow Times"},
    Outlet{"kyivindependent.com", "", "The Kyiv Independent", "Kyiv Independent"},
};

std::string fold(std::string_view text) {
  return ascii::lower(text);  // copied whole, folded in place: no push_back per byte
}

/// "*The New York Times,*" -> "new york times"
std::string normalise_name(std::string_view name) {
  auto is_trim = [](char c) { return ascii::in_set(c, " \t*_'\",.;:()[]"); };
  while (!name.empty() && is_trim(name.front())) {
    name.remove_prefix(1);
  }
  while (!name.empty() && is_trim(name.back())) {
    name.remove_suffix(1);
  }
  std::string folded = fold(name);
  if (folded.starts_with("the ")) {
    folded.erase(0, 4);
  }
  return folded;
}

/// "/apps/news/story.asp" is in section "/apps/news"; "/apps/newsletter" is not.
bool in_section(std::string_view path, std::string_view section) {
  if (section.empty()) {
    return true;
  }
  return path.starts_with(section) &&
         (path.size() == section.size() ||
          std::string_view("/.?#").find(path[section.size()]) != std::string_view::npos);
}

/// Every outlet name and alias, normalised, to its outlet; the first outlet in the table
/// wins a name two share. Built once: normalising the whole table per lookup was a tenth of
/// the parse.
class NameIndex {
 public:
  NameIndex() {
    for (const auto& outlet : k_outlets) {
      add(outlet.name, outlet);
      std::string_view aliases = outlet.aliases;
      while (!aliases.empty()) {
        const auto bar = aliases.find('|');
        add(aliases.substr(0, bar), outlet);
        aliases = bar == std::string_view::npos ? std::string_view{} : aliases.substr(bar + 1);
      }
    }
  }

  const Outlet* find(const std::string& wanted) const {
    const auto it = m_outlets.find(wanted);
    return it == m_outlets.end() ? nullptr : it->second;
  }

 private:
  void add(std::string_view name, const Outlet& outlet) {
    m_outlets.emplace(normalise_name(name), &outlet);
  }

  std::unordered_map<std::string, const Outlet*> m_outlets;
};

/// Every outlet under its domain, in table order: a host is looked up by its own name and
/// each parent domain ("www.bbc.co.uk", "bbc.co.uk", "co.uk", "uk") instead of being
/// compared with every entry of the table.
class DomainIndex {
 public:
  DomainIndex() {
    for (const auto& outlet : k_outlets) {
      m_outlets[outlet.domain].push_back(&outlet);
    }
  }

  /// The outlets whose domain is `host` or one of its parents (host_in_domain), in table order.
  std::vector<const Outlet*> under(std::string_view host) const {
    std::vector<const Outlet*> found;
    for (std::size_t from = 0; from < host.size();) {
      if (const auto it = m_outlets.find(host.substr(from)); it != m_outlets.end()) {
        found.insert(found.end(), it->second.begin(), it->second.end());
      }
      const std::size_t dot = host.find('.', from);
      if (dot == std::string_view::npos) {
        break;
      }
      from = dot + 1;
    }
    std::sort(found.begin(), found.end());  // table order: they all point into k_outlets
    return found;
  }

 private:
  std::unordered_map<std::string_view, std::vector<const Outlet*>> m_outlets;
};

}  // namespace

const Outlet* outlet_for_url(const UrlParts& url) {
  static const DomainIndex k_domains;  // immutable once built, like the name index below
  const Outlet* best = nullptr;
  for (const Outlet* candidate : k_domains.under(url.host)) {
    const Outlet& outlet = *candidate;
    if (!host_in_domain(url.host, outlet.domain) || !in_section(url.path, outlet.path_prefix)) {
      continue;
    }
    // The most specific entry wins: a listed section before its whole domain, a subdomain
    // before its parent.
    if (best == nullptr || outlet.path_prefix.size() > best->path_prefix.size() ||
        (outlet.path_prefix.size() == best->path_prefix.size() &&
         outlet.domain.size() > best->domain.size())) {
      best = &outlet;
    }
  }
  return best;
}

const Outlet* outlet_named(std::string_view name) {
  const std::string wanted = normalise_name(name);
  if (wanted.empty()) {
    return nullptr;
  }
  static const NameIndex k_index;  // immutable once built; C++ makes its construction safe
  return k_index.find(wanted);
}

namespace {

constexpr std::string_view k_host_news_words[] = {"news",    "times",     "herald",      "tribune",
                                                  "gazette", "chronicle", "nouvelliste", "presse",
                                                  "zeitung", "diario",    "noticias"};

/// True for each byte one of k_host_news_words starts with.
constexpr auto k_host_news_initials = ascii::initials_table(k_host_news_words);

}  // namespace

bool host_looks_like_news(std::string_view host) {
  // Only the labels left of the public suffix speak for the site ("news.example.org" or
  // "example-times.com"); words in paths ("/news/") do not: every institution has one.
  // One pass over the host, words tried only where a byte starts one (a search per word
  // before; most hosts hold none).
  for (std::size_t at = 0; at < host.size(); ++at) {
    if (!k_host_news_initials[static_cast<unsigned char>(host[at])]) {
      continue;
    }
    for (std::string_view word : k_host_news_words) {
      if (word.front() == host[at] && host.substr(at).starts_with(word)) {
        return true;
      }
    }
  }
  return false;
}

}  // namespace citecheck::plugins::news
