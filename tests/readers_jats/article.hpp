#pragma once
// A small JATS article with every note and reference form the reader handles.

namespace citecheck::testing {

inline constexpr const char* k_jats_article = R"(<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE article PUBLIC "-//NLM//DTD JATS (Z39.96) Journal Publishing DTD v1.2 20190208//EN" "JATS-journalpublishing1.dtd">
<article xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:mml="http://www.w3.org/1998/Math/MathML" article-type="research-article">
<front>
<journal-meta><journal-title-group><journal-title>Journal of Examples</journal-title></journal-title-group></journal-meta>
<article-meta>
<title-group><article-title>Peacekeeping and <italic>its</italic> critics</article-title></title-group>
<author-notes><fn id="con1"><p>The author declares no conflict of interest.</p></fn></author-notes>
<abstract><p>We study missions.</p></abstract>
</article-meta>
</front>
<body>
<sec><title>Introduction</title>
<p>The mission was set up in 2013.<xref ref-type="fn" rid="fn1">1</xref> Earlier work
   disagrees <xref ref-type="bibr" rid="B1">[1]</xref>, <xref ref-type="bibr" rid="B2 B3">[2,3]</xref>.
See <ext-link ext-link-type="uri" xlink:href="https://example.org/report">the report</ext-link>.</p>
</sec>
</body>
<back>
<fn-group>
<fn id="fn1"><label>1</label><p>See the <uri xlink:href="https://www.un.org/en/ga/">General Assembly page</uri> for the mandate.</p></fn>
<fn id="fn2"><label>2</label><p>Ibid.</p></fn>
</fn-group>
<ref-list><title>References</title>
<ref id="B1"><label>1</label><element-citation publication-type="journal">
<person-group person-group-type="author"><name><surname>Smith</surname><given-names>Jane</given-names></name><name><surname>Doe</surname><given-names>Alan</given-names></name></person-group>
<article-title>The politics of peace operations</article-title>
<source>International Peacekeeping</source><year>2015</year><volume>22</volume><issue>3</issue><fpage>201</fpage><lpage>219</lpage>
<pub-id pub-id-type="doi">10.1080/13533312.2015.1040151</pub-id>
</element-citation></ref>
<ref id="B2"><label>2</label><mixed-citation publication-type="journal"><person-group person-group-type="author"><name><surname>Brown</surname>, <given-names>K.</given-names></name></person-group> (<year>2018</year>). <article-title>Mandates and their limits</article-title>. <source>Global Governance</source>, <volume>24</volume>(<issue>2</issue>), <fpage>45</fpage>&#x2013;<lpage>67</lpage>. <pub-id pub-id-type="doi">10.1163/19426720-02402004</pub-id></mixed-citation></ref>
<ref id="B3"><label>3</label><mixed-citation publication-type="web">United Nations. Peacekeeping data. <uri xlink:href="https://peacekeeping.un.org/en/data">https://peacekeeping.un.org/en/data</uri> (accessed 1 May 2020).</mixed-citation></ref>
</ref-list>
</back>
</article>
)";

}  // namespace citecheck::testing
