#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "title_match.hpp"

using namespace citecheck::plugins::news;

namespace {

/// A cited title, a page title, and the verdict expected of them.
enum class Verdict { agrees, between, mismatch };
struct Case {
  std::string cited;
  std::string page;
  Verdict verdict;
};

Verdict verdict_of(double similarity) {
  if (similarity >= k_title_agrees) {
    return Verdict::agrees;
  }
  return similarity < k_title_mismatch ? Verdict::mismatch : Verdict::between;
}

}  // namespace

TEST_SUITE("plugin_news") {
  TEST_CASE("title_match: what survives and what does not") {
    const Case cases[] = {
        // Footnote quotes and case against the page's own.
        {"Peace Process in Mali at 'crucial Stage' UN Peacekeeping Chief Tells Security Council",
         "Peace process in Mali at \xE2\x80\x98"
         "crucial stage,\xE2\x80\x99 UN peacekeeping chief "
         "tells Security Council",
         Verdict::agrees},
        // OCR noise: letters misread, a space lost.
        {"Peace Proccss in Mali at crucia1 Stage UN Peacekeepmg Chief TeIls Securlty Council",
         "Peace process in Mali at 'crucial stage,' UN peacekeeping chief tells Security Council",
         Verdict::agrees},
        {"Mali: Ban Voices \"outrage\" as UN Peacekeeper Killed in Second Deadly Attack This Month",
         "Mali: Ban voices \xE2\x80\x98outrage\xE2\x80\x99 as UN peacekeeper killed in second "
         "deadly attack this month",
         Verdict::agrees},
        // Cited without its subtitle.
        {"Mali rebels reject peace deal",
         "Mali rebels reject peace deal, demand more talks on autonomy", Verdict::agrees},
        // Another story on the same subject.
        {"With Mali Peace Talks Set to Resume, Security Council Urges 'Spirit of Compromise'",
         "Security Council extends mandate of UN mission in Mali for one year", Verdict::mismatch},
        {"Peace Process in Mali at 'crucial Stage'", "Ebola outbreak: WHO declares emergency",
         Verdict::mismatch},
        {"Mali", "Haiti", Verdict::mismatch},
    };
    for (const Case& c : cases) {
      CAPTURE(c.cited);
      CAPTURE(c.page);
      const double similarity = title_similarity(c.cited, c.page);
      CAPTURE(similarity);
      CHECK(verdict_of(similarity) == c.verdict);
    }
  }

  TEST_CASE("title_match: empty titles never agree") {
    CHECK(title_similarity("", "Mali") == 0.0);
    CHECK(title_similarity("Mali", "  ...") == 0.0);
  }

  TEST_CASE("title_match: identical titles score 1") {
    CHECK(title_similarity("Mali peace deal", "MALI \xE2\x80\x93 peace deal") ==
          doctest::Approx(1.0));
  }

  TEST_CASE("title_match: site names cut from either end") {
    const auto variants = title_variants("Mali rebels reject deal | Reuters");
    CHECK(variants.front() == "Mali rebels reject deal | Reuters");
    CHECK(std::find(variants.begin(), variants.end(), "Mali rebels reject deal") != variants.end());
    const auto prefixed = title_variants("UN News - Mali talks resume \xE2\x80\x93 Africa");
    CHECK(std::find(prefixed.begin(), prefixed.end(), "Mali talks resume \xE2\x80\x93 Africa") !=
          prefixed.end());
    CHECK(std::find(prefixed.begin(), prefixed.end(), "UN News - Mali talks resume") !=
          prefixed.end());
    // A hyphen inside a word is no separator.
    CHECK(title_variants("UN-brokered deal").size() == 1);
  }

  TEST_CASE("title_match: best of several page titles, site suffix ignored") {
    const std::string cited = "Mali rebels reject peace deal";
    const TitleMatch match =
        best_title_match(cited, {"Reuters", "Mali rebels reject peace deal | Reuters"});
    CHECK(match.similarity == doctest::Approx(1.0));
    CHECK(match.matched == "Mali rebels reject peace deal | Reuters");
    CHECK(best_title_match(cited, {}).similarity == 0.0);
  }

  TEST_CASE("title_match: very long titles are bounded") {
    const std::string long_title(100000, 'a');
    const double similarity = title_similarity(long_title, long_title + "b");
    CHECK(similarity > 0.9);
  }

  TEST_CASE("title_match: the site's name cut from a title, only when it is the site's") {
    const std::vector<std::string> names = {"UN News", "Reuters"};
    CHECK(strip_site_name("Mali talks resume | UN News", names) == "Mali talks resume");
    CHECK(strip_site_name("REUTERS - Mali talks resume", names) == "Mali talks resume");
    CHECK(strip_site_name("Mali talks resume \xE2\x80\x93 Africa", names) ==
          "Mali talks resume \xE2\x80\x93 Africa");
    CHECK(strip_site_name(" Mali talks ", {}) == "Mali talks");
    CHECK(strip_site_name("| UN News", names) == "| UN News");
  }
}
