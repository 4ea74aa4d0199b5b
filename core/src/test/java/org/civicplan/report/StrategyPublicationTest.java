// SPDX-License-Identifier: Apache-2.0
package org.civicplan.report;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.civicplan.alignment.AlignmentLink;
import org.civicplan.alignment.AlignmentStrength;
import org.civicplan.alignment.FrameworkId;
import org.civicplan.base.LocalizedText;
import org.civicplan.base.TemplateId;
import org.civicplan.fixture.StrategyFixture;
import org.civicplan.governance.Consultation;
import org.civicplan.governance.CouncilDecision;
import org.civicplan.governance.Governance;
import org.civicplan.governance.LifecycleState;
import org.civicplan.governance.Proposal;
import org.civicplan.governance.ProposalAnswer;
import org.civicplan.governance.ProposalDecision;
import org.civicplan.report.StrategyPublication.Cell;
import org.civicplan.report.StrategyPublication.Section;
import org.civicplan.report.StrategyPublication.Table;
import org.civicplan.strategy.Strategy;
import org.civicplan.template.DocumentSection;
import org.civicplan.template.MonitoringContribution;
import org.civicplan.template.Parameters;
import org.civicplan.template.StrategyTemplate;
import org.civicplan.template.TemplateSkeleton;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class StrategyPublicationTest {

  private static final Locale RO = Locale.forLanguageTag("ro");

  /** The fixture, approved by decision 245 of 30 June 2026 after a consultation with two proposals. */
  static Strategy approved() {
    Strategy s = StrategyFixture.valid();
    Governance g = s.governance();
    Consultation c = new Consultation(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 31), List.of(), Optional.empty(),
        List.of(
            new Proposal("P-1", "Asociația Timișoara Verde", Optional.empty(), LocalDate.of(2026, 3, 10),
                "More trees on Bd. Revoluției", Optional.empty(),
                Optional.of(new ProposalAnswer(ProposalDecision.ACCEPTED, "Added to A-2", Optional.empty()))),
            new Proposal("P-2", "A resident", Optional.empty(), LocalDate.of(2026, 3, 12), "A new car park",
                Optional.empty(), Optional.empty())),
        Optional.of(LocalDate.of(2026, 4, 15)));
    Governance approved = new Governance(g.bodies(),
        List.of(new CouncilDecision("245", LocalDate.of(2026, 6, 30), Optional.empty(), Optional.of("1"), Optional.empty())),
        List.of(c), g.memberships(), g.projects(), g.engagements());
    return s.toBuilder().state(LifecycleState.APPROVED).governance(approved)
        .alignment(new AlignmentLink(Optional.of(StrategyFixture.MITIGATION), Optional.empty(),
            FrameworkId.of("eu-adaptation-strategy"), "EUAS-1", AlignmentStrength.PARTIAL))
        .build();
  }

  private static final StrategyPublication RO_DOC = StrategyPublication.of(approved(), RO);
  private static final StrategyPublication EN_DOC = StrategyPublication.of(approved(), Locale.ENGLISH);

  private static Section section(StrategyPublication d, String id) {
    return d.sections().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
  }

  private static Table table(StrategyPublication d, String id) {
    return (Table) section(d, id).blocks().stream().filter(b -> b instanceof Table).findFirst().orElseThrow();
  }

  @Nested
  class Structure {

    @Test
    void sectionsComeInTheOrderACouncilReadsThem() {
      assertEquals(List.of("context", "objectives", "action-plan", "indicators", "budget", "governance", "consultation",
          "alignment"), RO_DOC.sections().stream().map(Section::id).toList());
    }

    @Test
    void titlePageNamesPeriodVersionStateAndDecision() {
      assertEquals("Timișoara", RO_DOC.titlePage().municipality());
      assertEquals("Strategia străzilor verzi", RO_DOC.titlePage().title());
      assertEquals(List.of("Perioada 2026–2030", "Versiunea 1", "Stadiu: aprobată",
          "Aprobată prin Hotărârea Consiliului Local nr. 245 din 30 iunie 2026"), RO_DOC.titlePage().lines());
      assertEquals(List.of("Period 2026–2030", "Version 1", "Status: approved",
          "Approved by Local Council Decision no. 245 of 30 June 2026"), EN_DOC.titlePage().lines());
    }

    @Test
    void draftWithoutDecision_hasNoDecisionLine() {
      StrategyPublication draft = StrategyPublication.of(StrategyFixture.valid(), RO);
      assertEquals(List.of("Perioada 2026–2030", "Versiunea 1", "Stadiu: proiect"), draft.titlePage().lines());
      assertTrue(section(draft, "consultation").blocks().get(0) instanceof StrategyPublication.Paragraph p
          && p.text().equals("Nu este înregistrată încă nicio consultare publică."));
    }

    @Test
    void tableRejectsARowOfTheWrongWidth() {
      assertThrows(IllegalArgumentException.class,
          () -> new Table("", List.of("a", "b"), List.of(List.of(Cell.text("x"))), false));
    }
  }

  @Nested
  class Reading {

    @Test
    void actionPlanNamesOrganisationsAndGroupsAmounts() {
      // responsible dir-environment; 1,500,000 RON (2026, local budget) and 800,000 EUR (2027, PR Vest)
      List<Cell> a1 = table(RO_DOC, "action-plan").rows().get(0);
      assertAll(
          () -> assertEquals("A-1", a1.get(0).text()),
          () -> assertEquals("Reabilitarea termică a școlilor", a1.get(1).text()),
          () -> assertEquals("Direcția de mediu", a1.get(3).text()),
          () -> assertEquals("800.000 EUR; 1.500.000 RON", a1.get(6).text()),
          () -> assertTrue(a1.get(6).number()),
          () -> assertEquals("Bugetul local; Fonduri UE: PR Vest 2021-2027", a1.get(7).text()));
      assertEquals("800,000 EUR; 1,500,000 RON", table(EN_DOC, "action-plan").rows().get(0).get(6).text());
    }

    @Test
    void indicatorsShowBaselinesMilestonesAndTargetsFormatted() {
      // co2: baseline 1,200,000 (2020), milestone 1,000,000 (2028), target 720,000 (2030)
      List<Cell> co2 = table(RO_DOC, "indicators").rows().get(0);
      assertEquals(List.of("Emisii totale de CO2", "impact", "t CO2/yr", "1.200.000 (2020)", "1.000.000 (2028)",
          "720.000 (2030)"), co2.subList(1, 7).stream().map(Cell::text).toList());
    }

    @Test
    void budgetSumsEachFundingSourceByYearWithATotalRow() {
      // RON lines of the fixture: A-1 1,500,000 (2026, local) and A-2 200,000 (2026, local)
      Table ron = (Table) section(RO_DOC, "budget").blocks().stream()
          .filter(b -> b instanceof Table t && t.caption().endsWith("RON")).findFirst().orElseThrow();
      assertTrue(ron.total());
      List<Cell> last = ron.rows().get(ron.rows().size() - 1);
      assertEquals("Total", last.get(0).text());
      assertEquals("1.700.000", last.get(last.size() - 1).text());
    }

    @Test
    void governanceCountsMembersAndNamesInstitutions_neverPeople() {
      List<Cell> team = table(RO_DOC, "governance").rows().get(0);
      assertEquals(List.of("Echipa de management", "Echipa de management", "2",
          "Asociația Timișoara Verde; Direcția de mediu"), team.stream().map(Cell::text).toList());
      assertFalse(RO_DOC.toHtml().contains("Ana Popescu"));
    }

    @Test
    void consultationIsSummarisedWithCountsAndDates() {
      List<String> texts = section(RO_DOC, "consultation").blocks().stream()
          .map(b -> ((StrategyPublication.Paragraph) b).text()).toList();
      assertEquals(List.of(
          "Proiectul a fost publicat în consultare la 2 martie 2026; propunerile au fost primite până la 31 martie 2026.",
          "Propuneri primite: 2 (acceptate 1, acceptate parțial 0, respinse 0, încă fără răspuns 1).",
          "Consultarea s-a încheiat la 15 aprilie 2026."), texts);
    }

    @Test
    void alignmentNamesTheFrameworkAndItsObjective() {
      List<Cell> row = table(EN_DOC, "alignment").rows().get(0);
      assertEquals("OS-1 Cut emissions", row.get(0).text());
      assertEquals("EU Strategy on Adaptation to Climate Change, COM(2021) 82", row.get(1).text());
      assertTrue(row.get(2).text().startsWith("EUAS-1 Smarter adaptation"), row.get(2).text());
      assertEquals("partial", row.get(3).text());
    }

    @Test
    void noJsonPointersOrRawIdsOfOrganisations() {
      for (StrategyPublication d : List.of(RO_DOC, EN_DOC)) {
        String html = d.toHtml();
        assertFalse(html.contains("dir-environment") || html.contains("ngo-green") || html.contains("/actions/")
            || html.contains("local-budget") || html.contains("eu-funds"), html);
      }
    }
  }

  @Nested
  class Html {

    @Test
    void isWellFormedXhtmlWithPrintRules() throws Exception {
      String html = RO_DOC.toHtml();
      var f = DocumentBuilderFactory.newInstance();
      f.setNamespaceAware(true);
      var doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
      assertEquals("ro", doc.getDocumentElement().getAttribute("lang"));
      assertTrue(html.contains("@page{size:A4"), html);
      assertFalse(html.contains("<script") || html.contains("http://") && html.replace(
          "http://www.w3.org/1999/xhtml", "").contains("http://"), html);
      assertTrue(html.contains("<h2>3. Planul de acțiune</h2>"), html);
    }

    @Test
    void sameStrategy_sameBytes() {
      assertEquals(RO_DOC.toHtml(), StrategyPublication.of(approved(), RO).toHtml());
    }
  }

  @Nested
  class TemplateSections {

    private final StrategyTemplate template = new StrategyTemplate() {
      @Override
      public TemplateId id() {
        return TemplateId.of("test");
      }

      @Override
      public LocalizedText name() {
        return LocalizedText.of("Test", "Test");
      }

      @Override
      public String version() {
        return "1.0.0";
      }

      @Override
      public TemplateSkeleton skeleton() {
        return TemplateSkeleton.of(List.of());
      }

      @Override
      public List<DocumentSection> documentSections(Strategy strategy, Parameters parameters) {
        return List.of(new DocumentSection("test.priorities", LocalizedText.of("Priorities", "Priorități"),
            List.of(LocalizedText.of("In order.", "În ordine.")),
            List.of(MonitoringContribution.Table.of(List.of(LocalizedText.of("Item", "Element"),
                    LocalizedText.of("Cost", "Cost")),
                List.of(List.of(MonitoringContribution.Cell.text(LocalizedText.of("Pool", "Bazin")),
                    MonitoringContribution.Cell.number(new BigDecimal("1234567.5"))))))));
      }
    };

    @Test
    void comeAfterCoreSections_withNumbersFormattedByCore() {
      StrategyPublication d = StrategyPublication.of(approved(), template, RO);
      Section last = d.sections().get(d.sections().size() - 1);
      assertEquals("test.priorities", last.id());
      assertEquals("Priorități", last.heading());
      Table t = (Table) last.blocks().get(1);
      assertEquals(List.of("Bazin", "1.234.567,5"), t.rows().get(0).stream().map(Cell::text).toList());
      assertTrue(t.rows().get(0).get(1).number());
    }

    @Test
    void aFailingTemplateIsSaidInTheDocument() {
      StrategyTemplate failing = new StrategyTemplate() {
        @Override
        public TemplateId id() {
          return TemplateId.of("broken");
        }

        @Override
        public LocalizedText name() {
          return LocalizedText.of("Broken", "Defect");
        }

        @Override
        public String version() {
          return "1.0.0";
        }

        @Override
        public TemplateSkeleton skeleton() {
          return TemplateSkeleton.of(List.of());
        }

        @Override
        public List<DocumentSection> documentSections(Strategy strategy, Parameters parameters) {
          throw new IllegalStateException("boom");
        }
      };
      StrategyPublication d = StrategyPublication.of(approved(), failing, RO);
      assertEquals("Secțiunile șablonului Defect nu au putut fi generate.",
          ((StrategyPublication.Paragraph) d.sections().get(d.sections().size() - 1).blocks().get(0)).text());
    }
  }
}
