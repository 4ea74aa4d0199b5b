// SPDX-License-Identifier: Apache-2.0
package org.civicplan.report;

import org.civicplan.prioritisation.CriteriaSetId;
import static org.civicplan.report.PriorityListFixture.COURT;
import static org.civicplan.report.PriorityListFixture.CRITERIA;
import static org.civicplan.report.PriorityListFixture.HALL;
import static org.civicplan.report.PriorityListFixture.POOL;
import static org.civicplan.report.PriorityListFixture.ROOMS;
import static org.civicplan.report.PriorityListFixture.decided;
import static org.civicplan.report.PriorityListFixture.last;
import static org.civicplan.report.PriorityListFixture.list;
import static org.civicplan.report.PriorityListFixture.strategy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.civicplan.base.LocalizedText;
import org.civicplan.base.Money;
import org.civicplan.document.ReportJson;
import org.civicplan.planning.StrategyPrioritisation;
import org.civicplan.prioritisation.ActionScores;
import org.civicplan.prioritisation.CriteriaSet;
import org.civicplan.prioritisation.Criterion;
import org.civicplan.prioritisation.CriterionDirection;
import org.civicplan.prioritisation.Normalization;
import org.civicplan.prioritisation.OrderInterval;
import org.civicplan.prioritisation.RankingMethod;
import org.civicplan.report.PriorityList.ChangeKind;
import org.civicplan.report.PriorityList.Entry;
import org.civicplan.report.PriorityList.NotDecided;
import org.civicplan.report.PriorityList.NotSelected;
import org.civicplan.report.PriorityList.OrderChange;
import org.civicplan.report.PriorityList.Selected;
import org.civicplan.report.PriorityList.Shortfall;
import org.civicplan.report.PriorityList.StabilityStatus;
import org.civicplan.report.PriorityList.YearCost;
import org.civicplan.strategy.FundingKind;
import org.civicplan.strategy.FundingSource;
import org.civicplan.strategy.Strategy;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class PriorityListTest {

  private static final Locale RO = Locale.forLanguageTag("ro");
  private static final Locale EN = Locale.ENGLISH;

  private static Entry entry(PriorityList l, org.civicplan.base.ActionId id) {
    return l.entry(id).orElseThrow();
  }

  /** The numbers of {@link PriorityListFixture}, computed by hand in its Javadoc. */
  @Nested
  class HandChecked {

    @Test
    void ranksByScoreWithThePerCriterionContributions() {
      PriorityList l = list();
      assertEquals(List.of(HALL, POOL, COURT, ROOMS), l.entries().stream().map(Entry::action).toList());
      assertEquals(List.of(1, 2, 3, 4), l.entries().stream().map(Entry::rank).toList());
      // Σ weight × value: 0.5·6 + 0.3·8 + 0.2·8 = 7.0; 0.5·8 + 0.3·6 + 0.2·4 = 6.6; 5.2; 2.0
      assertEquals(7.0, entry(l, HALL).score(), 1e-12);
      assertEquals(6.6, entry(l, POOL).score(), 1e-12);
      assertEquals(5.2, entry(l, COURT).score(), 1e-12);
      assertEquals(2.0, entry(l, ROOMS).score(), 1e-12);
      Map<String, Double> hall = entry(l, HALL).contributions();
      assertEquals(3.0, hall.get("need"), 1e-12);
      assertEquals(2.4, hall.get("condition"), 1e-12);
      assertEquals(1.6, hall.get("users"), 1e-12);
      assertEquals(Map.of("need", 6.0, "condition", 8.0, "users", 8.0), entry(l, HALL).values());
    }

    @Test
    void statesTheMethodAndTheWeightsUsed() {
      PriorityList l = list();
      assertEquals("weighted-sum", l.method());
      assertEquals(Map.of("normalization", "none"), l.options());
      assertEquals(List.of("need", "condition", "users"), l.criteria().stream().map(PriorityList.CriterionWeight::id).toList());
      assertEquals(0.5, l.criteria().get(0).weight(), 1e-12);
      assertEquals("Need in the district", l.criteria().get(0).name().get(EN));
      String en = l.toMarkdown(EN);
      assertTrue(en.contains("Method: weighted sum; normalisation: none. Criteria set: “Sport investments”."), en);
      assertTrue(en.contains("| Need in the district | higher is better | 50.0 % |"), en);
      assertTrue(en.contains("| Condition of the facility | higher is better | 30.0 % |"), en);
      assertTrue(en.contains("| Expected users | higher is better | 20.0 % |"), en);
      String ro = l.toMarkdown(RO);
      assertTrue(ro.contains("Metoda: suma ponderată; normalizare: fără. Setul de criterii: „Investiții în sport”."), ro);
      assertTrue(ro.contains("| Nevoia în cartier | mai mare este mai bine | 50,0 % |"), ro);
      assertTrue(l.toHtml(EN).contains("<td>Need in the district</td><td>higher is better</td><td class=\"num\">50.0 %</td>"));
    }

    @Test
    void costsPerYearAndFundingComeFromTheBudgetLines() {
      Entry pool = entry(list(), POOL);
      assertEquals(List.of(new YearCost(2026, Money.ron("1000000")), new YearCost(2027, Money.ron("500000"))), pool.cost());
      assertEquals(List.of(Money.ron("1500000")), pool.total());
      assertEquals(List.of(FundingSource.of(FundingKind.LOCAL_BUDGET), FundingSource.of(FundingKind.EU_FUNDS, "PR Vest 2021-2027")),
          pool.funding());
      assertEquals(List.of(), entry(list(), ROOMS).cost(2026));
    }

    @Test
    void saysWhyEachActionIsOrIsNotSelected() {
      PriorityList l = list();
      assertEquals(new Selected(2026, 2026, 0), entry(l, HALL).decision());
      assertEquals(new Selected(2026, 2027, 0), entry(l, COURT).decision());
      // 2026: 1,200,000 − (800,000 + 300,000) = 100,000 left; 2027: 600,000 − 300,000 = 300,000 left
      assertEquals(new NotSelected(List.of(), List.of(
          new Shortfall(2026, Money.ron("1000000"), Money.ron("100000")),
          new Shortfall(2027, Money.ron("500000"), Money.ron("300000")))), entry(l, POOL).decision());
      assertEquals(new NotSelected(List.of(POOL), List.of()), entry(l, ROOMS).decision());
      assertEquals(List.of(HALL, COURT), l.selected().stream().map(Entry::action).toList());
      PriorityList.Budget b = l.budget().orElseThrow();
      assertEquals(Money.ron("100000"), b.left(2026));
      assertEquals(Money.ron("300000"), b.left(2027));
      assertTrue(b.optimal());
      assertEquals(12.2, b.value(), 1e-12);
      assertThrows(IllegalArgumentException.class, () -> b.left(2030));
    }

    @Test
    void rendersTheRowsWithNamesAndLocaleMoney() {
      String en = list().toMarkdown(EN);
      assertTrue(en.contains("| 1 | Renovate the sports hall | 7.0000 | RON 800,000.00 | – | RON 800,000.00 | local budget | yes"
          + " | selected; runs 2026 |"), en);
      assertTrue(en.contains("| 2 | Indoor swimming pool | 6.6000 | RON 1,000,000.00 | RON 500,000.00 | RON 1,500,000.00 |"
          + " local budget; EU funds (PR Vest 2021-2027) | no | does not fit the 2026 budget: needs RON 1,000,000.00,"
          + " RON 100,000.00 left; does not fit the 2027 budget: needs RON 500,000.00, RON 300,000.00 left |"), en);
      assertTrue(en.contains("| 4 | Changing rooms at the pool | 2.0000 | – | RON 100,000.00 | RON 100,000.00 | local budget"
          + " | no | requires “Indoor swimming pool”, which is not selected |"), en);
      assertTrue(en.contains("| 1 | Renovate the sports hall | 3.0000 | 2.4000 | 1.6000 | 7.0000 |"), en);
      assertTrue(en.contains("| 2026 | RON 1,200,000.00 | RON 1,100,000.00 | RON 100,000.00 |"), en);
      String ro = list().toMarkdown(RO);
      assertTrue(ro.contains("| 3 | Teren în aer liber în Fabric | 5,2000 | 300.000,00 lei | 300.000,00 lei | 600.000,00 lei"
          + " | buget local | da | selectată; se realizează în 2026–2027 |"), ro);
      assertTrue(ro.contains("nu se încadrează în bugetul anului 2026: necesită 1.000.000,00 lei, rămân 100.000,00 lei"), ro);
      assertTrue(ro.contains("| 4 | Vestiare la bazin | 2,0000 | – | 100.000,00 lei | 100.000,00 lei | buget local | nu"
          + " | depinde de „Indoor swimming pool”, care nu este selectată |"), ro);
      assertTrue(ro.contains("Selecția este demonstrat optimă"), ro);
    }

    @Test
    void showsNamesNotIds() {
      PriorityList l = list();
      for (String text : List.of(l.toMarkdown(EN), l.toMarkdown(RO), l.toHtml(EN), l.toHtml(RO))) {
        assertFalse(text.contains("INV-"), text);
        assertFalse(text.contains("sport-test"), text);
      }
    }
  }

  @Nested
  class Stability {

    @Test
    void boundariesAreTheHandComputedWeights() {
      PriorityList.Stability s = list().stability();
      assertEquals(StabilityStatus.AVAILABLE, s.status());
      // need = t, condition 0.6(1 − t), users 0.4(1 − t): pool 8t + 5.2(1 − t) = hall 6t + 8(1 − t) at t = 7/12;
      // the court passes the pool (4t + 6.4(1 − t)) below t = 3/13
      OrderInterval need = s.firstTwo().get(0);
      assertEquals(7.0 / 12, need.upper(), 1e-6);
      assertEquals(3.0 / 13, need.lower(), 1e-6);
      assertEquals(List.of("INV-A", "INV-B"), need.orderAbove());
      assertEquals(List.of("INV-B", "INV-C"), need.orderBelow());
      // condition = t: pool 6t + 48/7 (1 − t) = hall 8t + 46/7 (1 − t) at t = 1/8; hall first up to 1
      OrderInterval condition = s.firstTwo().get(1);
      assertEquals(0.125, condition.lower(), 1e-6);
      assertEquals(1.0, condition.upper(), 0);
      assertFalse(condition.changesAbove());
      // users = t: pool 4t + 7.25(1 − t) = hall 8t + 6.75(1 − t) at t = 1/9; court 10t + 4(1 − t) passes
      // the pool at t = 13/37 and the hall at t = 11/19
      assertEquals(1.0 / 9, s.firstTwo().get(2).lower(), 1e-6);
      assertEquals(13.0 / 37, s.firstTwo().get(2).upper(), 1e-6);
      assertEquals(11.0 / 19, s.firstPlace().get(2).upper(), 1e-6);
      assertEquals(0.0, s.firstPlace().get(0).lower(), 0);
    }

    @Test
    void aChangeOfOneWeightThatSwapsTheFirstTwoIsReported() {
      PriorityList before = list();
      List<OrderChange> swaps = before.stability().swaps();
      assertEquals(List.of("need", "condition", "users"), swaps.stream().map(OrderChange::criterion).toList());
      OrderChange raiseNeed = swaps.get(0);
      assertTrue(raiseNeed.raised());
      assertEquals(List.of(HALL, POOL), raiseNeed.before());
      assertEquals(List.of(POOL, HALL), raiseNeed.after());

      // the council raises "need" from 0.5 to 0.6, the others scaled in proportion (0.24, 0.16):
      // pool 0.6·8 + 0.24·6 + 0.16·4 = 6.88 > hall 0.6·6 + 0.24·8 + 0.16·8 = 6.80
      CriteriaSet reweighted = StrategyPrioritisation.withWeights(CRITERIA, Map.of("need", 0.6, "condition", 0.24, "users", 0.16));
      Strategy s = decided(strategy(), reweighted, RankingMethod.weightedSum(Normalization.NONE));
      PriorityList after = PriorityList.of(s, last(s), reweighted);
      assertEquals(List.of(POOL, HALL), after.entries().stream().limit(2).map(Entry::action).toList());
      assertTrue(raiseNeed.at() < 0.6);

      assertTrue(before.toMarkdown(EN).contains("A change of a single weight swaps the first two: raising the weight of"
          + " “Need in the district” from 50.0 % to more than 58.3 % puts “Indoor swimming pool” first and “Renovate the"
          + " sports hall” second; lowering the weight of “Condition of the facility” from 30.0 % to less than 12.5 % puts"), before.toMarkdown(EN));
      assertTrue(before.toMarkdown(RO).contains("Modificarea unei singure ponderi inversează primele două locuri: creșterea"
          + " ponderii criteriului „Nevoia în cartier” de la 50,0 % la peste 58,3 % aduce „Indoor swimming pool” pe primul loc"
          + " și „Renovarea sălii de sport” pe al doilea"), before.toMarkdown(RO));
      assertTrue(before.toHtml(EN).contains("A change of a single weight swaps the first two"));
      // and from the new weights, lowering "need" back below 7/12 swaps them again
      OrderChange back = after.stability().swaps().stream().filter(c -> c.criterion().equals("need")).findFirst().orElseThrow();
      assertFalse(back.raised());
      assertEquals(7.0 / 12, back.at(), 1e-6);
    }

    @Test
    void otherChangesOfTheFirstTwoAreClassified() {
      List<OrderChange> changes = list().stability().changes();
      OrderChange lowerNeed = changes.get(0);
      assertEquals("need", lowerNeed.criterion());
      assertFalse(lowerNeed.raised());
      assertEquals(ChangeKind.NEW_SECOND, lowerNeed.kind());
      assertEquals(List.of(HALL, COURT), lowerNeed.after());
      String en = list().toMarkdown(EN);
      assertTrue(en.contains("| Need in the district | 50.0 % | 0.0 % – 58.3 % | 23.1 % – 58.3 % | below 23.1 %: 1. “Renovate"
          + " the sports hall”, 2. “Outdoor court in Fabric”; above 58.3 %: 1. “Indoor swimming pool”, 2. “Renovate the"
          + " sports hall” |"), en);
      assertTrue(en.contains("The smallest change of a single weight that changes the first place is 8.3 percentage points"
          + " (“Need in the district” 50.0 % → 58.3 %)."), en);
    }

    @Test
    void aFirstPlaceNoWeightCanMoveIsStated() {
      ActionScores dominant = ActionScores.of(Map.of(
          POOL.value(), Map.of("need", 5.0, "condition", 5.0, "users", 5.0),
          HALL.value(), Map.of("need", 9.0, "condition", 9.0, "users", 9.0),
          COURT.value(), Map.of("need", 4.0, "condition", 4.0, "users", 4.0),
          ROOMS.value(), Map.of("need", 1.0, "condition", 1.0, "users", 1.0)));
      Strategy s = decided(strategy(), CRITERIA, dominant, RankingMethod.weightedSum(Normalization.NONE));
      PriorityList l = PriorityList.of(s, last(s), CRITERIA);
      assertEquals(List.of(), l.stability().changes());
      String en = l.toMarkdown(EN);
      assertTrue(en.contains("No change of a single weight swaps the first two directly"), en);
      assertTrue(en.contains("“Renovate the sports hall” stays first whatever value a single weight takes between 0 % and 100 %."), en);
      assertTrue(l.toMarkdown(RO).contains("„Renovarea sălii de sport” rămâne pe primul loc oricare ar fi valoarea unei singure"
          + " ponderi între 0 % și 100 %."));
      assertTrue(en.contains("| the order holds from 0 % to 100 % |"), en);
    }

    @Test
    void withoutTheCriteriaSetTheSectionSaysWhy() {
      Strategy s = decided();
      PriorityList l = PriorityList.of(s, last(s));
      assertEquals(StabilityStatus.NO_CRITERIA_SET, l.stability().status());
      assertEquals("need", l.criteria().stream().filter(c -> c.id().equals("need")).findFirst().orElseThrow().name().get(EN));
      assertTrue(l.toMarkdown(EN).contains("Not computed: the criteria set “sport-test” is not available"));
      assertTrue(l.toMarkdown(RO).contains("Necalculată: setul de criterii „sport-test” nu este disponibil"));
    }

    @Test
    void aCriteriaSetThatNoLongerReproducesTheRankingIsNotUsed() {
      Strategy s = decided();
      // "need" turned into a cost criterion: the court (−2 + 1.2 + 2 = 1.2) would come first
      CriteriaSet changed = new CriteriaSet(CriteriaSetId.of("sport-test"), CRITERIA.name(), List.of(
          new Criterion("need", LocalizedText.of("Need", "Nevoie"), CriterionDirection.COST, 0.5),
          CRITERIA.criteria().get(1), CRITERIA.criteria().get(2)));
      assertEquals(StabilityStatus.NOT_REPRODUCED, PriorityList.of(s, last(s), changed).stability().status());
    }

    @Test
    void refusesACriteriaSetOtherThanTheRecordedOne() {
      Strategy s = decided();
      CriteriaSet other = new CriteriaSet(CriteriaSetId.of("other"), CRITERIA.name(), CRITERIA.criteria());
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PriorityList.of(s, last(s), other));
      assertTrue(e.getMessage().contains("\"sport-test\""), e.getMessage());
    }

    @Test
    void topsisShowsTheValuesRankedOnForLackOfContributions() {
      Strategy s = decided(strategy(), CRITERIA, RankingMethod.topsis());
      PriorityList l = PriorityList.of(s, last(s), CRITERIA);
      assertEquals(StabilityStatus.AVAILABLE, l.stability().status());
      String en = l.toMarkdown(EN);
      assertTrue(en.contains("This method does not divide its score by criterion; each cell is the value the action was ranked on."), en);
      assertTrue(en.contains("Method: TOPSIS (closeness to the ideal solution); normalisation: vector."), en);
      // the values ranked on, as entered: up to four decimals, no trailing zeros
      assertTrue(en.contains("| 1 | Indoor swimming pool | 8 | 6 | 4 | "), en);
      assertTrue(PriorityListTexts.of(RO).value(0.5).equals("0,5"));
    }
  }

  @Nested
  class Texts {

    @Test
    void romanianTextsUseCommaBelowDiacritics() {
      PriorityList l = list();
      for (String text : List.of(l.toMarkdown(RO), l.toHtml(RO))) {
        assertTrue(text.contains("Acțiunile în ordinea priorității"), text);
        assertTrue(text.contains("Finanțare"), text);
        assertTrue(text.contains("Stabilitatea primelor locuri"), text);
        assertTrue(text.contains("însumează"), text);
        assertFalse(text.contains("\u015f") || text.contains("\u0163") || text.contains("\u015e") || text.contains("\u0162"),
            "cedilla ş/ţ instead of comma-below ș/ț");
      }
      assertTrue(l.toHtml(RO).contains("lang=\"ro\""));
    }

    @Test
    void moneyIsFormattedForTheReader() {
      PriorityListTexts ro = PriorityListTexts.of(RO);
      PriorityListTexts en = PriorityListTexts.of(EN);
      assertEquals("1.234.567,89 lei", ro.money(Money.ron("1234567.89")));
      assertEquals("RON 1,234,567.89", en.money(Money.ron("1234567.89")));
      assertEquals("800.000,00 EUR", ro.money(Money.eur("800000")));
      assertEquals("EUR 800,000.00", en.money(Money.eur("800000")));
      // two decimals, half up
      assertEquals("0,01 lei", ro.money(Money.ron("0.005")));
      assertEquals("RON 123.00", en.money(Money.ron("123")));
      assertEquals("-1.000,00 lei", ro.money(Money.ron("-1000")));
      assertEquals("RON 100,000.00", en.money(Money.ron("100000")));
    }

    @Test
    void numbersAndDatesAreFormattedForTheReader() {
      PriorityListTexts ro = PriorityListTexts.of(RO);
      PriorityListTexts en = PriorityListTexts.of(EN);
      assertEquals("0,6667", ro.score(2.0 / 3));
      assertEquals("0.6667", en.score(2.0 / 3));
      assertEquals("58,3 %", ro.percent(7.0 / 12));
      assertEquals("0.0000", en.score(-1e-9));
      assertEquals("20.02.2026", ro.date(PriorityListFixture.ON));
      assertEquals("2026-02-20", en.date(PriorityListFixture.ON));
    }

    @Test
    void withoutASelectionTheListGivesTheOrderOnly() {
      Strategy ranked = StrategyPrioritisation.rank(strategy(), CRITERIA, PriorityListFixture.SCORES,
          RankingMethod.weightedSum(Normalization.NONE), PriorityListFixture.ON).strategy();
      PriorityList l = PriorityList.of(ranked, last(ranked), CRITERIA);
      assertInstanceOf(NotDecided.class, entry(l, HALL).decision());
      assertTrue(l.budget().isEmpty());
      String en = l.toMarkdown(EN);
      assertTrue(en.contains("No selection under a budget is recorded: the list gives the order of priority only."), en);
      assertTrue(en.contains("| local budget | – | no selection under a budget |"), en);
    }
  }

  @Nested
  class Output {

    @Test
    void isDeterministicByteForByteWhateverTheDefaultLocale() {
      PriorityList first = list();
      String md = first.toMarkdown(RO);
      String html = first.toHtml(EN);
      String json = ReportJson.write(ReportJson.priorityList(first));
      Locale saved = Locale.getDefault();
      try {
        Locale.setDefault(Locale.GERMANY);
        PriorityList second = list();
        assertEquals(first, second);
        assertEquals(md, second.toMarkdown(RO));
        assertEquals(html, second.toHtml(EN));
        assertEquals(json, ReportJson.write(ReportJson.priorityList(second)));
      } finally {
        Locale.setDefault(saved);
      }
    }

    @Test
    void escapesNamesInHtmlAndMarkdown() throws Exception {
      Strategy s = decided(strategy("Bazin <Nord> & \"Olimpia\" | 'A'"), CRITERIA, RankingMethod.weightedSum(Normalization.NONE));
      PriorityList l = PriorityList.of(s, last(s), CRITERIA);
      String html = l.toHtml(EN);
      assertTrue(html.contains("Bazin &lt;Nord&gt; &amp; &quot;Olimpia&quot; | &#39;A&#39;"), html);
      assertFalse(html.contains("<Nord>"));
      // well-formed XHTML: it parses as XML
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
      f.newDocumentBuilder().parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
      assertFalse(html.contains("<script"));
      assertFalse(html.contains("http://") && html.replace("http://www.w3.org/1999/xhtml", "").contains("http://"));
      String md = l.toMarkdown(EN);
      assertTrue(md.contains("| 2 | Bazin &lt;Nord&gt; &amp; \"Olimpia\" \\| 'A' |"), md);
    }

    @Test
    void jsonCarriesExactValues() throws Exception {
      PriorityList l = list();
      JsonNode root = JsonMapper.builder().build().readTree(ReportJson.write(ReportJson.priorityList(l)));
      assertEquals("weighted-sum", root.get("method").asString());
      assertEquals(0.5, root.get("criteria").get(0).get("weight").doubleValue(), 0);
      JsonNode pool = root.get("entries").get(1);
      assertEquals("INV-A", pool.get("action").asString());
      assertEquals("Indoor swimming pool", pool.get("name").get("en").asString());
      assertEquals(6.6, pool.get("score").doubleValue(), 1e-12);
      assertEquals("1000000", pool.get("cost").get(0).get("amount").asString());
      assertEquals("RON", pool.get("cost").get(0).get("currency").asString());
      assertEquals("eu-funds", pool.get("funding").get(1).get("kind").asString());
      assertEquals("not-selected", pool.get("decision").get("kind").asString());
      assertEquals("100000", pool.get("decision").get("shortfalls").get(0).get("left").get("amount").asString());
      assertEquals("INV-A", root.get("entries").get(3).get("decision").get("requires").get(0).asString());
      JsonNode need = root.get("stability").get("firstTwo").get(0);
      // the full double, not the rounded 58.3 % of the text
      assertEquals(l.stability().firstTwo().get(0).upper(), need.get("upper").doubleValue(), 0);
      assertEquals("swap", root.get("stability").get("changes").get(1).get("kind").asString());
      assertTrue(root.get("budget").get("optimal").booleanValue());
    }
  }
}
