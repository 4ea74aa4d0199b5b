// SPDX-License-Identifier: Apache-2.0
package org.civicplan.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.NodeList;

class ReportHtmlTest {

  private static final String XHTML = "http://www.w3.org/1999/xhtml";
  private static final String SVG = "http://www.w3.org/2000/svg";
  private static final LocalDate AS_OF = LocalDate.of(2028, 3, 31);
  private static final Locale RO = Locale.forLanguageTag("ro");

  private static Document parse(String html) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setExpandEntityReferences(false);
    f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    return f.newDocumentBuilder().parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
  }

  private static List<Element> elements(Document d, String ns, String name) {
    NodeList list = d.getElementsByTagNameNS(ns, name);
    List<Element> out = new ArrayList<>();
    for (int i = 0; i < list.getLength(); i++) {
      out.add((Element) list.item(i));
    }
    return out;
  }

  private static List<Element> withClass(Document d, String ns, String name, String cls) {
    return elements(d, ns, name).stream().filter(e -> List.of(e.getAttribute("class").split(" ")).contains(cls)).toList();
  }

  @Test
  void demoReport_isWellFormed_andShowsEveryChart() throws Exception {
    MonitoringReport r = MonitoringReporter.standard().report(ReportFixture.demo(), AS_OF);
    for (Locale l : List.of(Locale.ENGLISH, RO)) {
      Document d = parse(ReportRendering.html(r, l));
      assertEquals(XHTML, d.getDocumentElement().getNamespaceURI());
      assertEquals(l.getLanguage(), d.getDocumentElement().getAttribute("lang"));
      // one trajectory chart per indicator, each with its target line and measured line
      List<Element> figures = withClass(d, XHTML, "figure", "trajectory");
      assertEquals(r.indicators().size(), figures.size());
      assertEquals(r.indicators().size(), withClass(d, SVG, "line", "target").size());
      assertEquals(r.indicators().size(), withClass(d, SVG, "polyline", "plan").size());
      assertEquals(r.indicators().size(), withClass(d, SVG, "polyline", "measured").size());
      // CO2 has baseline + 3 measurements; trees baseline + 2
      assertEquals(4 + 3, withClass(d, SVG, "circle", "measured").size());
      // status bars: at least one segment per objective with indicators
      assertTrue(withClass(d, SVG, "rect", "bar").size() >= r.objectives().size());
      // budget: one chart per currency (RON, EUR), planned and actual bar per year
      assertEquals(2, withClass(d, XHTML, "figure", "budget").size());
      assertEquals(r.budget("year").size(), withClass(d, SVG, "rect", "planned").size());
      assertEquals(r.budget("year").size(), withClass(d, SVG, "rect", "actual").size());
      assertTrue(elements(d, SVG, "svg").size() >= r.indicators().size() + 3);
    }
  }

  @Test
  void trajectory_pointsLieWhereTheValuesAre() throws Exception {
    MonitoringReport r = MonitoringReporter.standard().report(ReportFixture.demo(), AS_OF);
    Document d = parse(ReportRendering.html(r, Locale.ENGLISH));
    Element trees = elements(d, XHTML, "figure").stream()
        .filter(e -> e.getAttribute("id").equals("chart-indicator-street-trees")).findFirst().orElseThrow();
    NodeList circles = trees.getElementsByTagNameNS(SVG, "circle");
    // increasing series 0, 900, 1900: higher values are drawn higher (smaller y), later ones further right
    double prevX = -1;
    double prevY = Double.MAX_VALUE;
    for (int i = 0; i < circles.getLength(); i++) {
      Element c = (Element) circles.item(i);
      double x = Double.parseDouble(c.getAttribute("cx"));
      double y = Double.parseDouble(c.getAttribute("cy"));
      assertTrue(x > prevX && y < prevY, "circle " + i + " at " + x + "," + y);
      prevX = x;
      prevY = y;
    }
    Element target = (Element) trees.getElementsByTagNameNS(SVG, "line").item(2);
    assertEquals("target", target.getAttribute("class"));
    assertTrue(Double.parseDouble(target.getAttribute("y1")) < prevY, "target 5000 above the latest 1900");
  }

  @Test
  void hostileText_isEscaped_andComesBackVerbatim() throws Exception {
    MonitoringReport r = MonitoringReporter.standard().report(ReportFixture.hostile(), AS_OF);
    for (Locale l : List.of(Locale.ENGLISH, RO)) {
      String html = ReportRendering.html(r, l);
      assertFalse(html.contains("<script"), "no script element");
      Document d = parse(html);
      assertEquals(List.of(), elements(d, XHTML, "script"));
      String shown = ReportFixture.HOSTILE.replace('\u0001', '\uFFFD');
      String title = elements(d, XHTML, "title").get(0).getTextContent();
      assertTrue(title.endsWith(shown), title);
      String body = d.getDocumentElement().getTextContent();
      assertTrue(body.contains(shown), "text shown verbatim");
      String attr = elements(d, XHTML, "td").stream().map(e -> e.getAttribute("title")).filter(t -> !t.isEmpty())
          .findFirst().orElse("");
      assertFalse(attr.isEmpty());
    }
  }

  @Test
  void page_isSelfContained() throws Exception {
    MonitoringReport previous = MonitoringReporter.standard().report(ReportFixture.demo(), LocalDate.of(2026, 7, 1));
    MonitoringReport r = MonitoringReporter.standard().report(ReportFixture.hostile(), AS_OF,
        ReportFixture.demo().period(), previous);
    String html = ReportRendering.html(r, RO);
    Document d = parse(html);
    List<String> bad = new ArrayList<>();
    NodeList all = d.getElementsByTagName("*");
    for (int i = 0; i < all.getLength(); i++) {
      Element e = (Element) all.item(i);
      if (List.of("script", "link", "img", "iframe", "object", "embed", "use", "image").contains(e.getLocalName())) {
        bad.add(e.getLocalName());
      }
      NamedNodeMap attrs = e.getAttributes();
      for (int a = 0; a < attrs.getLength(); a++) {
        String name = attrs.item(a).getNodeName();
        if (name.equals("href") || name.equals("src") || name.endsWith(":href") || name.startsWith("on")) {
          bad.add(e.getLocalName() + "@" + name);
        }
      }
    }
    assertEquals(List.of(), bad);
    assertFalse(html.contains("url("), "no CSS url()");
    assertFalse(html.contains("@import"), "no CSS import");
    assertFalse(html.replace("xmlns=\"http://www.w3.org/1999/xhtml\"", "")
        .replace("xmlns=\"http://www.w3.org/2000/svg\"", "").contains("http"), "no address other than namespaces");
    assertTrue(html.contains("Modificări față de raportul din 1 iulie 2026"), "changes section in Romanian, dated for the reader");
  }

  @Test
  void labels_inRomanian_haveCommaBelowDiacritics() {
    String html = ReportRendering.html(MonitoringReporter.standard().report(ReportFixture.demo(), AS_OF), RO);
    assertTrue(html.contains("Acțiuni") && html.contains("Execuția bugetară") && html.contains("Țintă"), html);
    assertFalse(html.contains("ş") || html.contains("ţ") || html.contains("Ş") || html.contains("Ţ"), "cedilla forms");
    assertTrue(html.contains("37,5 %") || html.matches("(?s).*\\d+,\\d %.*"), "decimal comma in Romanian");
  }
}
