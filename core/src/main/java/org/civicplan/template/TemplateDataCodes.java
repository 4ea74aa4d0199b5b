package org.civicplan.template;

/**
 * The stable codes of the findings {@link TemplateData#load} and {@link TemplateRegistry} report
 * about a template's own data. Every finding is an error: a template with one is not installed.
 */
public final class TemplateDataCodes {

  private TemplateDataCodes() {}

  /** A file the definition needs is not among the template's resources. */
  public static final String FILE_MISSING = "template.data.file.missing";
  /** A file cannot be read or is not UTF-8. */
  public static final String FILE_UNREADABLE = "template.data.file.unreadable";
  /** A file is not well-formed YAML, CSV or properties. */
  public static final String SYNTAX = "template.data.syntax";
  /** A value has the wrong shape (a list where a mapping belongs…). */
  public static final String TYPE = "template.data.type";
  /** A mapping has a member the format does not know. */
  public static final String MEMBER_UNKNOWN = "template.data.member.unknown";
  /** A required member is missing. */
  public static final String MEMBER_MISSING = "template.data.member.missing";
  /** A value is not one of the allowed values (an enum label, an id, a number…). */
  public static final String VALUE_INVALID = "template.data.value.invalid";
  /** An id is used twice within one kind. */
  public static final String ID_DUPLICATE = "template.data.id.duplicate";
  /** A name, title or description lacks its English or Romanian text. */
  public static final String TEXT_LANGUAGE = "template.data.text.language";
  /** A parameter's default is not of its type or outside its range. */
  public static final String PARAMETER_DEFAULT = "template.data.parameter.default";
  /** A reference names an indicator, catalogue or row that does not exist. */
  public static final String REFERENCE_UNKNOWN = "template.data.reference.unknown";
  /** A CSV header lacks a column or repeats one. */
  public static final String CSV_HEADER = "template.data.csv.header";
  /** A CSV header lacks a required column. */
  public static final String CSV_COLUMN_MISSING = "template.data.csv.column.missing";
  /** A CSV header has a column the catalogue does not declare. */
  public static final String CSV_COLUMN_UNKNOWN = "template.data.csv.column.unknown";
  /** A CSV row has another number of fields than the header. */
  public static final String CSV_FIELDS = "template.data.csv.fields";
  /** A required CSV field is empty. */
  public static final String CSV_VALUE_MISSING = "template.data.csv.value.missing";
  /** A CSV row gives a value that must be the same on every row of its group (a framework's name) another text. */
  public static final String CSV_VALUE_CONFLICT = "template.data.csv.value.conflict";
  /** The definition declares another id than the module registers. */
  public static final String ID_MISMATCH = "template.data.id.mismatch";
  /** A message key has a text in one language only. */
  public static final String MESSAGE_LANGUAGE = "template.data.message.language";
  /** A value breaks a rule of the model (e.g. criteria weights); the message says which. */
  public static final String INVALID = "template.data.invalid";
  /** A template provider could not be created by {@link java.util.ServiceLoader}. */
  public static final String PROVIDER_FAILED = "template.provider.failed";
  /** The template's code uses an annex kind its definition does not name. */
  public static final String ANNEX_UNDECLARED = "template.data.annex.undeclared";
}
