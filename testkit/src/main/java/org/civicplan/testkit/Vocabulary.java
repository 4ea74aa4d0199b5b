package org.civicplan.testkit;

import java.util.List;
import org.civicplan.base.LocalizedText;

/** Invented words and names the generators draw from; Romanian with its diacritics. */
final class Vocabulary {

  private Vocabulary() {}

  /** An English and a Romanian phrase. */
  record Phrase(String en, String ro) {
    LocalizedText text() {
      return LocalizedText.of(en, ro);
    }
  }

  static final List<Phrase> THEMES =
      List.of(
          new Phrase("Green streets", "Străzi verzi"),
          new Phrase("Cycle lanes", "Piste de biciclete"),
          new Phrase("Energy efficiency of public buildings", "Eficiența energetică a clădirilor publice"),
          new Phrase("Public lighting", "Iluminat public"),
          new Phrase("Accessible schools", "Școli accesibile"),
          new Phrase("Social housing", "Locuințe sociale"),
          new Phrase("Separate waste collection", "Colectarea separată a deșeurilor"),
          new Phrase("Urban heat island", "Insula de căldură urbană"),
          new Phrase("Public transport", "Transport public"),
          new Phrase("Neighbourhood sports fields", "Terenuri de sport în cartiere"),
          new Phrase("Care for older people", "Îngrijirea persoanelor vârstnice"),
          new Phrase("Rainwater management", "Gestionarea apei pluviale"),
          new Phrase("District heating", "Termoficare"),
          new Phrase("Digital public services", "Servicii publice digitale"),
          new Phrase("Safe routes to school", "Trasee sigure spre școală"),
          new Phrase("Riverside parks", "Parcuri pe malul râului"));

  static final List<Phrase> VERBS =
      List.of(
          new Phrase("Improve", "Îmbunătățirea"),
          new Phrase("Extend", "Extinderea"),
          new Phrase("Modernise", "Modernizarea"),
          new Phrase("Plan", "Planificarea"),
          new Phrase("Monitor", "Monitorizarea"),
          new Phrase("Protect", "Protejarea"));

  static final List<Phrase> DESCRIPTIONS =
      List.of(
          new Phrase("Works in every district, starting with the most exposed.", "Lucrări în fiecare cartier, începând cu cele mai expuse."),
          new Phrase("Prepared with residents' associations.", "Pregătită împreună cu asociațiile de locatari."),
          new Phrase("Follows the feasibility study.", "Urmează studiul de fezabilitate."),
          new Phrase("Includes training for staff.", "Include instruirea personalului."));

  static final List<Phrase> ORGANISATIONS =
      List.of(
          new Phrase("Environment directorate", "Direcția de mediu"),
          new Phrase("Investments directorate", "Direcția de investiții"),
          new Phrase("Social assistance directorate", "Direcția de asistență socială"),
          new Phrase("Local transport company", "Societatea de transport local"),
          new Phrase("Green city association", "Asociația Orașul Verde"),
          new Phrase("Technical university", "Universitatea tehnică"),
          new Phrase("County school inspectorate", "Inspectoratul școlar județean"),
          new Phrase("Local Action Group of the river valley", "Grupul de Acțiune Locală al văii râului"),
          new Phrase("Sports club of the district", "Clubul sportiv al cartierului"),
          new Phrase("Persons with disabilities association", "Asociația persoanelor cu dizabilități"));

  static final List<Phrase> TASKS =
      List.of(
          new Phrase("Feasibility study", "Studiu de fezabilitate"),
          new Phrase("Tender", "Licitație"),
          new Phrase("Contract signed", "Contract semnat"),
          new Phrase("Works finished", "Lucrări finalizate"),
          new Phrase("Public consultation", "Consultare publică"),
          new Phrase("Acceptance", "Recepție"));

  static final List<Phrase> INDICATORS =
      List.of(
          new Phrase("Total CO2 emissions", "Emisii totale de CO2"),
          new Phrase("Street trees planted", "Arbori stradali plantați"),
          new Phrase("Length of cycle lanes", "Lungimea pistelor de biciclete"),
          new Phrase("Share of sorted waste", "Ponderea deșeurilor colectate separat"),
          new Phrase("Accessible school buildings", "Clădiri școlare accesibile"),
          new Phrase("Indoor temperature in schools", "Temperatura interioară în școli"),
          new Phrase("Public transport passengers", "Pasageri ai transportului public"),
          new Phrase("Green area per inhabitant", "Suprafața verde pe locuitor"),
          new Phrase("Heat-related emergency calls", "Apeluri de urgență legate de caniculă"),
          new Phrase("Energy use of public buildings", "Consumul de energie al clădirilor publice"));

  static final List<String> UNITS =
      List.of("t CO2/yr", "%", "km", "m²/locuitor", "persons", "MWh/yr", "trees", "°C", "buildings");

  static final List<String> TAGS =
      List.of("climate", "mobility", "schools", "energy", "green", "social", "accessibility", "sport", "water", "digital");

  static final List<String> MUNICIPALITIES =
      List.of(
          "Valea Sălciilor", "Dealu Frumos", "Târgu Nou", "Podu Înalt", "Șesul Mare", "Izvoarele Țării",
          "Câmpia Verde", "Pădureni", "Măgura Albă", "Lunca Ștefăneștilor");

  static final List<String> PEOPLE =
      List.of(
          "Ana Popescu", "Ion Ionescu", "Ștefan Țurcanu", "Ioana Mureșan", "Mihai Cătănescu", "Andreea Stănescu",
          "Radu Dumitrașcu", "Elena Vâlcu", "Tudor Bîrsan", "Irina Chiriță");

  static final List<String> DISTRICTS =
      List.of("Centru", "Fabric", "Iosefin", "Tineretului", "Grădiște", "Podgoria", "Mănăștur", "Țesătorilor");

  static final List<String> STREETS =
      List.of("Strada Florilor", "Bulevardul Revoluției", "Strada Școlii", "Aleea Teilor", "Piața Unirii", "Strada Morii");

  static final List<String> SOURCES =
      List.of("Municipal register", "Inventarul emisiilor", "County statistics office", "Raport anual", "Field survey");

  static final List<String> PROGRAMMES =
      List.of("Programul Regional 2021-2027", "Programul Dezvoltare Durabilă 2021-2027", "PNRR", "Programul Național de Investiții");

  static final List<String> WORDS =
      List.of("arbori", "străzi", "școală", "țintă", "înălțime", "câmp", "măsurătoare", "observații", "zonă", "suprafață",
          "valoare", "Ștefan", "Țara", "Înscris", "Ârgeș", "notă");

  static final List<String> ANNEX_KINDS =
      List.of("x-street-survey", "x-noise-map", "x-citizen-poll", "x-bike-counts", "x-heat-map", "x-school-audit");

  static final List<Phrase> ASSOCIATIONS =
      List.of(
          new Phrase("Network of green towns", "Rețeaua orașelor verzi"),
          new Phrase("Association of river towns", "Asociația orașelor de pe râu"),
          new Phrase("Energy cities club", "Clubul orașelor energetice"),
          new Phrase("Intercommunity development association for water", "Asociația de dezvoltare intercomunitară pentru apă"));

  static final List<String> PROPOSALS =
      List.of(
          "Adăugați piste de biciclete pe strada principală.",
          "Please extend the watering period to September.",
          "Propunem consultarea asociațiilor de părinți înainte de lucrări.",
          "Măriți bugetul pentru întreținerea spațiilor verzi.",
          "Publish the indicators every year.",
          "Includeți cartierul Țesătorilor în prima etapă.");

  static final List<String> JUSTIFICATIONS =
      List.of(
          "Propunerea a fost preluată în planul de acțiune.",
          "Covered by an existing action.",
          "Nu există finanțare în perioada strategiei.",
          "Preluată parțial, în limita bugetului.",
          "Outside the competence of the local council.");
}
