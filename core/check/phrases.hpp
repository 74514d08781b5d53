#pragma once
// Every wording the classifier looks for, in one place (eyecite's regexes.py idea). All
// entries are lower case; page text is lower-cased (ASCII) before matching, and non-ASCII
// phrases are matched as written. Sized by std::to_array: a miscounted std::array would
// pad itself with empty phrases, which match every page.

#include <array>
#include <string_view>

namespace citecheck::check {

/// The first of `needles` found in `haystack`, or empty.
template <std::size_t N>
std::string_view find_any(std::string_view haystack,
                          const std::array<std::string_view, N>& needles) {
  for (std::string_view needle : needles) {
    if (haystack.find(needle) != std::string_view::npos)
      return needle;
  }
  return {};
}

/// "Not found" in a page title or main heading, in the languages cited sources come in.
inline constexpr auto k_not_found_phrases = std::to_array<std::string_view>(
    {"page not found", "404 not found", "not found", "page cannot be found",
     "page could not be found", "page can't be found", "page can’t be found", "page doesn't exist",
     "page does not exist", "page no longer exists", "no longer available", "content not found",
     "article not found", "error 404", "404 error", "404 page", "nothing was found",
     "we couldn't find", "we can’t find", "we can't find", "file not found", "document not found",
     "resource not found",
     // French, Spanish, Portuguese, Italian, German, Dutch
     "page introuvable", "page non trouvée", "n'existe pas", "n’existe pas", "erreur 404",
     "página no encontrada", "no se encontró", "no se ha encontrado", "página não encontrada",
     "pagina non trovata", "seite nicht gefunden", "seite wurde nicht gefunden",
     "pagina niet gevonden",
     // Russian, Chinese, Japanese, Arabic, Turkish, Polish, Korean
     "страница не найдена", "页面不存在", "找不到", "未找到", "ページが見つかりません",
     "الصفحة غير موجودة", "sayfa bulunamadı", "nie znaleziono", "페이지를 찾을 수 없습니다",
     "oops! that page",
     // Ukrainian, Czech, Slovak, Hungarian, Romanian, Greek, Swedish, Danish, Norwegian,
     // Finnish, Indonesian and Malay, Vietnamese, Hebrew, Persian, Hindi, Thai; Chinese
     // (traditional) and Japanese variants
     "сторінку не знайдено", "сторінка не знайдена", "stránka nebyla nalezena",
     "stránka nenalezena", "stránka sa nenašla", "az oldal nem található", "oldal nem található",
     "pagina nu a fost găsită", "pagina nu există", "η σελίδα δεν βρέθηκε",
     "sidan kunde inte hittas", "sidan hittades inte", "siden blev ikke fundet",
     "siden findes ikke", "siden finnes ikke", "fant ikke siden", "sivua ei löytynyt",
     "halaman tidak ditemukan", "halaman tidak dijumpai", "không tìm thấy trang", "הדף לא נמצא",
     "صفحه پیدا نشد", "صفحه مورد نظر یافت نشد", "पृष्ठ नहीं मिला", "ไม่พบหน้า", "頁面不存在",
     "ページは見つかりません"});

/// A bot challenge or CAPTCHA rather than the page: the page may be fine.
inline constexpr auto k_challenge_phrases = std::to_array<std::string_view>(
    {"just a moment...", "attention required", "are you a robot", "verify you are human",
     "checking your browser", "captcha", "security check", "ddos protection", "access denied",
     "request unsuccessful. incapsula", "pardon our interruption",
     "please enable js and disable any ad blocker",
     // Refusals some servers send with a 200
     "too many requests", "rate limit exceeded", "you have been blocked", "request blocked",
     "403 forbidden", "are you human", "bot verification"});

/// Markup that only challenge pages carry.
inline constexpr auto k_challenge_markup = std::to_array<std::string_view>(
    {"g-recaptcha", "h-captcha", "hcaptcha.com", "challenge-platform", "cf-chl-", "_incapsula_",
     "captcha-delivery.com", "px-captcha"});

/// A login or subscription wall (title or final URL path).
inline constexpr auto k_login_title_phrases = std::to_array<std::string_view>(
    {"sign in", "log in", "login", "subscribe to continue", "subscribe to read",
     "create an account", "already a subscriber", "connexion"});
inline constexpr auto k_login_path_parts =
    std::to_array<std::string_view>({"/login", "/signin", "/sign-in", "/sign_in", "/subscribe",
                                     "/paywall", "/account/login", "/auth/", "/sso/"});

/// A cookie-consent wall a site sends visitors to first (final URL path or query): the
/// page may be fine, this client did not get past the wall.
inline constexpr auto k_consent_url_parts =
    std::to_array<std::string_view>({"collectconsent", "/consent", "cookie-consent", "cookiewall",
                                     "cookie-wall", "privacy-gate", "guce/"});

/// Final URL paths of generic error pages that sites redirect missing pages to.
inline constexpr auto k_error_path_parts = std::to_array<std::string_view>(
    {"404", "not-found", "notfound", "not_found", "page-not-found", "/error", "pagenotfound"});

/// A parked domain or one offered for sale, in a page title, main heading or the short text
/// of a parking page: the site that was cited is gone, whatever the status says.
inline constexpr auto k_parked_phrases = std::to_array<std::string_view>(
    {"domain is for sale", "domain for sale", "domain may be for sale", "domain name is for sale",
     "domain name for sale", "buy this domain", "this domain is parked", "domain is parked",
     "parked domain", "domain parked", "parked free", "domain has expired",
     "domain name has expired", "this domain is available",
     // German, French, Spanish, Italian, Dutch, Portuguese, Polish
     "domain steht zum verkauf", "domain ist zu verkaufen", "nom de domaine est à vendre",
     "domaine est à vendre", "nom de domaine à vendre", "dominio está a la venta",
     "dominio en venta", "dominio se vende", "dominio è in vendita", "dominio in vendita",
     "domein is te koop", "domein te koop", "domínio está à venda", "domínio à venda",
     "domena na sprzedaż", "domena jest na sprzedaż",
     // Russian, Chinese, Japanese, Korean
     "домен продается", "домен продаётся", "域名出售", "域名正在出售", "ドメインは販売中",
     "도메인 판매"});

/// Scripts and hosts that only parking pages load (Google's AdSense for Domains, the
/// parking services' own servers). Written in lower case by the services.
inline constexpr auto k_parking_markup = std::to_array<std::string_view>(
    {"google.com/adsense/domains/caf.js", "sedoparking.com", "parkingcrew.net",
     "parkingpage.namecheap.com", "wsimg.com/parking-lander", "bodis.com/"});

/// Domain marketplaces and parking services a lapsed domain is sent to. A cited page on
/// another host that lands on one of these is for sale, not moved.
inline constexpr auto k_domain_market_hosts = std::to_array<std::string_view>(
    {"hugedomains.com", "dan.com", "afternic.com", "sedo.com", "buydomains.com", "undeveloped.com",
     "domainmarket.com", "squadhelp.com", "brandbucket.com", "sedoparking.com", "parkingcrew.net",
     "domainnamesales.com", "efty.com", "parkingpage.namecheap.com"});

}  // namespace citecheck::check
