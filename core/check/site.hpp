#pragma once
// Which site a URL belongs to: its host, and the domain its owner registered (the Public
// Suffix List's answer, through libpsl), so that rules about "the same site" hold across
// http and https, www. and the owner's other hosts.

#include <string>

namespace citecheck::check {

/// Host of an absolute URL, lower case, without user info or port; empty when none.
std::string url_host(const std::string& url);

/// `host` without a leading "www.".
std::string without_www(const std::string& host);

/// The same host, whatever the scheme, and "www." aside ("http://un.org/x" and
/// "https://www.un.org/" are one site), as when a site moves to https.
bool same_site(const std::string& a, const std::string& b);

/// The domain registered for `host` ("press.un.org" -> "un.org", "news.bbc.co.uk" ->
/// "bbc.co.uk"); the host itself for an IP address, a single label or a public suffix.
std::string registrable_domain(const std::string& host);

/// Both URLs' hosts belong to one registered domain ("www.un.org", "press.un.org").
bool same_owner(const std::string& a, const std::string& b);

}  // namespace citecheck::check
