#pragma once
// Every wording the classifier looks for, in one place (eyecite's regexes.py idea). All
// entries are lower case; page text is lower-cased (ASCII) before matching, and non-ASCII
// phrases are matched as written.

#include <array>
#include <string_view>

namespace citecheck::check {

/// "Not found" in a page title or main heading, in the languages cited sources come in.
inline constexpr std::array<std::string_view, 46> k_not_found_phrases{
    "page not found", "404 not found", "not found", "page cannot be found",
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
    "oops! that page"};

/// A bot challenge or CAPTCHA rather than the page: the page may be fine.
inline constexpr std::array<std::string_view, 12> k_challenge_phrases{
    "just a moment...",        "attention required",
    "are you a robot",         "verify you are human",
    "checking your browser",   "captcha",
    "security check",          "ddos protection",
    "access denied",           "request unsuccessful. incapsula",
    "pardon our interruption", "please enable js and disable any ad blocker"};

/// Markup that only challenge pages carry.
inline constexpr std::array<std::string_view, 6> k_challenge_markup{
    "g-recaptcha", "h-captcha", "hcaptcha.com", "challenge-platform", "cf-chl-", "_incapsula_"};

/// A login or subscription wall (title or final URL path).
inline constexpr std::array<std::string_view, 8> k_login_title_phrases{"sign in",
                                                                       "log in",
                                                                       "login",
                                                                       "subscribe to continue",
                                                                       "subscribe to read",
                                                                       "create an account",
                                                                       "already a subscriber",
                                                                       "connexion"};
inline constexpr std::array<std::string_view, 9> k_login_path_parts{
    "/login",   "/signin",        "/sign-in", "/sign_in", "/subscribe",
    "/paywall", "/account/login", "/auth/",   "/sso/"};

/// Final URL paths of generic error pages that sites redirect missing pages to.
inline constexpr std::array<std::string_view, 7> k_error_path_parts{
    "404", "not-found", "notfound", "not_found", "page-not-found", "/error", "pagenotfound"};

}  // namespace citecheck::check
