#include "paywall.hpp"

#include <algorithm>
#include <array>

#include "page_url.hpp"
#include "text_fold.hpp"
#include "title_match.hpp"

namespace citecheck::plugins::news {

namespace {

/// Titles of walls, folded; a title that is one of these, or starts with one followed by
/// "to ..." ("sign in to continue"), is a wall's.
constexpr std::array<std::string_view, 24> k_wall_titles = {
    "sign in",          "signin",
    "log in",           "login",
    "log on",           "subscribe",
    "subscribe now",    "subscription required",
    "subscriber login", "subscribers only",
    "register",         "please log in",
    "please sign in",   "create an account",
    "access denied",    "members only",
    "connexion",        "se connecter",
    "abonnez vous",     "abonnement",
    "iniciar sesion",   "suscribete",
    "anmelden",         "paywall"};

}  // namespace

bool is_wall_title(const std::string& title) {
  for (const std::string& variant : title_variants(title)) {
    const std::string folded = fold_for_match(variant);
    for (const std::string_view wall : k_wall_titles) {
      if (folded == wall || (folded.starts_with(wall) && folded.size() > wall.size() &&
                             std::string_view(folded).substr(wall.size()).starts_with(" to "))) {
        return true;
      }
    }
  }
  return false;
}

Paywall detect_paywall(const HttpResponse& response, const PageMetadata& page) {
  Paywall wall;
  if (response.status == 401 || response.status == 402) {
    wall.found = true;
    wall.replaces_article = !page.article;
    wall.signal = response.status == 401 ? "the site asks for a login (401)"
                                         : "the site asks for payment (402)";
    return wall;
  }
  // A redirect that ends on a login or subscribe form; the cited URL's own path may
  // contain such words ("/subscribe-to-our-newsletter-article"), so only later hops count.
  const WebUrl cited = parse_web_url(response.url);
  const WebUrl final_url = parse_web_url(response.final_url);
  if (!final_url.scheme.empty() && is_login_path(final_url.path) && !is_login_path(cited.path)) {
    wall.found = true;
    wall.replaces_article = true;
    wall.signal = "redirected to a login page (" + response.final_url + ")";
    return wall;
  }
  if (is_wall_title(page.title) ||
      (!page.html_title.empty() && is_wall_title(page.html_title) && !page.article)) {
    wall.found = true;
    wall.replaces_article = true;
    wall.signal = "the page is a login or subscription form ('" + page.title + "')";
    return wall;
  }
  if (page.accessible_for_free && !*page.accessible_for_free) {
    wall.found = true;
    wall.signal = "the page's JSON-LD says isAccessibleForFree: false";
    return wall;
  }
  if (page.content_tier == "locked" || page.content_tier == "metered") {
    wall.found = true;
    wall.signal = "article:content_tier is " + page.content_tier;
    return wall;
  }
  if (!page.paywall_markup.empty()) {
    wall.found = true;
    wall.signal = "paywall markup on the page ('" + page.paywall_markup.front() + "')";
  }
  return wall;
}

}  // namespace citecheck::plugins::news
