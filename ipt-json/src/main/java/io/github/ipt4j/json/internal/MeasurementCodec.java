package io.github.ipt4j.json.internal;

import io.github.ipt4j.core.InvalidValueException;
import io.github.ipt4j.core.measure.Band;
import io.github.ipt4j.core.measure.BandScheme;
import io.github.ipt4j.core.measure.Hamd17Item16;
import io.github.ipt4j.core.measure.Instrument;
import io.github.ipt4j.core.measure.ItemScore;
import io.github.ipt4j.core.measure.Measurement;
import io.github.ipt4j.core.measure.Measurements;
import io.github.ipt4j.json.DocumentKind;
import io.github.ipt4j.json.ErrorCode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The measurement document: instrument, band scheme, item-level answers; the total and band are
 * written for readers in other languages and checked on reading. A measurement is rebuilt through
 * the {@link Measurements} factories, so it is scored exactly as if entered anew. Internal.
 */
public final class MeasurementCodec implements Codec<Measurement> {
  /** The codec. */
  public static final MeasurementCodec INSTANCE = new MeasurementCodec();

  private static final int MAX_BAND_VALUE = 1000;

  private static final Set<String> MEASUREMENT =
      Set.of(
          "instrument",
          "bandScheme",
          "items",
          "notAssessed",
          "functionalDifficulty",
          "total",
          "band");
  private static final Set<String> ITEM = Set.of("item", "score", "option");
  private static final Set<String> BAND_SCHEME = Set.of("name", "source", "bands");
  private static final Set<String> BAND = Set.of("label", "lowest", "highest");

  private MeasurementCodec() {}

  @Override
  public DocumentKind kind() {
    return DocumentKind.MEASUREMENT;
  }

  @Override
  public Class<Measurement> type() {
    return Measurement.class;
  }

  @Override
  public void writeBody(Out out, Measurement m) {
    writeBody(out, m, BandSchemes.NONE);
  }

  /**
   * Writes a measurement of a document that lists custom band schemes: a built-in scheme, or one
   * the document lists, is named; any other custom scheme is embedded in full.
   */
  void writeBody(Out out, Measurement m, BandSchemes listed) {
    out.name("instrument").string(m.instrument().name());
    BandScheme scheme = m.bandScheme();
    BandScheme builtIn = builtInNamed(scheme.name());
    if ((builtIn != null && scheme.equals(builtIn)) || listed.lists(scheme)) {
      // version 2: a built-in scheme, or one the document lists, is named, not embedded (#12)
      out.name("bandScheme").string(scheme.name());
    } else {
      writeScheme(out, scheme);
    }
    out.name("items").beginArray();
    for (ItemScore s : m.items()) {
      out.beginObject();
      out.name("item").number(s.item());
      out.name("score").number(s.score());
      Optional<String> option = s.option();
      if (option.isPresent()) {
        out.name("option").string(option.get());
      }
      out.endObject();
    }
    out.endArray();
    out.name("notAssessed").beginArray();
    for (int item : m.notAssessedItems()) {
      out.number(item);
    }
    out.endArray();
    OptionalInt fd = m.functionalDifficulty();
    if (fd.isPresent()) {
      out.name("functionalDifficulty").number(fd.getAsInt());
    }
    out.name("total").number(m.total());
    out.name("band").string(m.band().label());
  }

  /** A custom band scheme, embedded in full (as every scheme was in version 1). */
  private static void writeScheme(Out out, BandScheme scheme) {
    out.name("bandScheme").beginObject();
    out.name("name").string(scheme.name());
    writeSchemeBody(out, scheme);
    out.endObject();
  }

  /** A scheme's source and bands, into an open object. */
  static void writeSchemeBody(Out out, BandScheme scheme) {
    out.name("source").string(scheme.source());
    out.name("bands").beginArray();
    for (Band band : scheme.bands()) {
      out.beginObject();
      out.name("label").string(band.label());
      out.name("lowest").number(band.lowest());
      out.name("highest").number(band.highest());
      out.endObject();
    }
    out.endArray();
  }

  @Override
  public Measurement readBody(In in) {
    return readBody(in, BandSchemes.NONE);
  }

  /** Reads a measurement of a document whose listed band schemes it may name. */
  Measurement readBody(In in, BandSchemes listed) {
    in.allow(MEASUREMENT);
    Instrument ins = in.code("instrument", Instrument.class);
    BandScheme scheme = namedScheme(in, ins, listed);

    List<Node> naNodes = in.array("notAssessed");
    // at most one item may be not assessed (HAM-D-17 item 16); 0 when every item was assessed
    int notAssessed = 0;
    for (int i = 0; i < naNodes.size(); i++) {
      Node na = naNodes.get(i);
      int item =
          na instanceof Node.Int v && v.value() >= 1 && v.value() <= ins.itemCount()
              ? v.value()
              : In.integer(na, in.pointer().key("notAssessed").index(i), 1, ins.itemCount());
      if (ins != Instrument.HAMD17 || item != 16 || notAssessed != 0) {
        throw Fail.at(
            ErrorCode.VALUE,
            in.pointer().key("notAssessed").index(i),
            na,
            "only HAM-D-17 item 16 may be recorded as not assessed");
      }
      notAssessed = item;
    }

    // the items expected, in order: 1 to the item count, without the one not assessed
    int expectedCount = notAssessed == 0 ? ins.itemCount() : ins.itemCount() - 1;
    List<Node> itemNodes = in.array("items");
    if (itemNodes.size() != expectedCount) {
      throw Fail.at(
          ErrorCode.VALUE,
          in.pointer().key("items"),
          in.required("items"),
          "expected "
              + expectedCount
              + " items for "
              + ins.displayName()
              + ", one per item not recorded as not assessed");
    }
    int[] scores = new int[ins.itemCount() + 1];
    String[] options = new String[ins.itemCount() + 1];
    boolean plain = plainItems(in, ins, notAssessed, scores, options);
    for (int i = 0; !plain && i < itemNodes.size(); i++) {
      In item = in.element("items", itemNodes, i);
      item.allow(ITEM);
      int number = item.integer("item", 1, ins.itemCount());
      int expected = notAssessed == 0 || i + 1 < notAssessed ? i + 1 : i + 2;
      if (number != expected) {
        throw Fail.at(
            ErrorCode.VALUE,
            item.pointer().key("item"),
            item.required("item"),
            "items must be listed in item order, each once");
      }
      int score = item.integer("score", 0, ins.itemMax(number));
      Optional<Node> option = item.optional("option");
      boolean lettered = hasOption(ins, number);
      if (lettered != option.isPresent()) {
        throw Fail.at(
            lettered ? ErrorCode.MISSING_FIELD : ErrorCode.UNKNOWN_FIELD,
            item.pointer(),
            item.node(),
            lettered
                ? "the required field 'option' is missing for this item"
                : "unknown field (only HAM-D-17 item 16 and BDI-II items 16 and 18 have an option)");
      }
      if (option.isPresent()) {
        Pointer optionAt = item.pointer().key("option");
        String value = In.string(option.get(), optionAt);
        if (!validOption(ins, score, value)) {
          throw Fail.at(
              ErrorCode.VALUE,
              optionAt,
              option.get(),
              ins == Instrument.HAMD17
                  ? "the option must be 16A or 16B"
                  : "the option must be 0 for a score of 0, else the score followed by a or b");
        }
        options[number] = value;
      }
      scores[number] = score;
    }

    boolean hasFd = in.isPresent("functionalDifficulty");
    if (hasFd && ins != Instrument.PHQ9) {
      throw Fail.at(
          ErrorCode.UNKNOWN_FIELD,
          in.pointer(),
          in.required("functionalDifficulty"),
          "unknown field (only PHQ-9 has a functional difficulty)");
    }
    OptionalInt fd =
        hasFd ? OptionalInt.of(in.integer("functionalDifficulty", 0, 3)) : OptionalInt.empty();

    Measurement m;
    try {
      m = build(ins, scheme, scores, options, notAssessed, fd);
    } catch (InvalidValueException e) {
      throw Fail.at(ErrorCode.VALUE, in.pointer(), in.node(), "invalid measurement");
    }
    // a stated total and band must be those of the measurement as scored anew
    if (in.isPresent("total")
        && in.integer("total", Integer.MIN_VALUE, Integer.MAX_VALUE) != m.total()) {
      throw Fail.at(
          ErrorCode.MISMATCH,
          in.pointer().key("total"),
          in.required("total"),
          "the total does not match the sum of the item scores");
    }
    if (in.isPresent("band") && !in.string("band").equals(m.band().label())) {
      throw Fail.at(
          ErrorCode.MISMATCH,
          in.pointer().key("band"),
          in.required("band"),
          "the band does not match the band of the total under the band scheme");
    }
    return m;
  }

  /**
   * Reads the items straight from the tape, with no reader per item, if every item is exactly
   * what the checking loop of {@link #readBody(In, BandSchemes)} accepts written the canonical
   * way: an object of {@code "item"} (the expected number), {@code "score"} (in range) and, only
   * for an item that has one, a valid {@code "option"}, and nothing else. At anything else it returns
   * false with the arrays cleared, and the checking loop reads the items again and reports the
   * problem exactly.
   *
   * @return whether the items were read
   */
  private static boolean plainItems(
      In in, Instrument ins, int notAssessed, int[] scores, String[] options) {
    Tape tape = in.tape();
    int array = in.slotOf("items");
    int c = array + 1;
    for (int i = 0, n = tape.intValue(array); i < n; i++, c = tape.next(c)) {
      int expected = notAssessed == 0 || i + 1 < notAssessed ? i + 1 : i + 2;
      if (tape.kind(c) != Tape.OBJECT || !plainItem(tape, c, ins, expected, scores, options)) {
        Arrays.fill(scores, 0);
        Arrays.fill(options, null);
        return false;
      }
    }
    return true;
  }

  /** One item of {@link #plainItems}: whether it was read. */
  private static boolean plainItem(
      Tape tape, int object, Instrument ins, int expected, int[] scores, String[] options) {
    int score = -1;
    String option = null;
    boolean numbered = false;
    int c = object + 1;
    for (int k = tape.intValue(object); k > 0; k--, c = tape.next(c)) {
      String name = tape.nameOf(c);
      byte kind = tape.kind(c);
      if (name.equals("item") && kind == Tape.INT && tape.intValue(c) == expected) {
        numbered = true;
      } else if (name.equals("score")
          && kind == Tape.INT
          && tape.intValue(c) >= 0
          && tape.intValue(c) <= ins.itemMax(expected)) {
        score = tape.intValue(c);
      } else if (name.equals("option") && kind == Tape.STRING) {
        option = tape.string(c);
      } else {
        return false;
      }
    }
    if (!numbered
        || score < 0
        || hasOption(ins, expected) != (option != null)
        || (option != null && !validOption(ins, score, option))) {
      return false;
    }
    scores[expected] = score;
    options[expected] = option;
    return true;
  }

  private static boolean hasOption(Instrument ins, int item) {
    return (ins == Instrument.HAMD17 && item == 16)
        || (ins == Instrument.BDI2 && (item == 16 || item == 18));
  }

  private static boolean validOption(Instrument ins, int score, String option) {
    if (ins == Instrument.HAMD17) {
      return option.equals("16A") || option.equals("16B");
    }
    if (score == 0) {
      return option.equals("0");
    }
    return option.equals(score + "a") || option.equals(score + "b");
  }

  private static Measurement build(
      Instrument ins,
      BandScheme scheme,
      int[] scores,
      String[] options,
      int notAssessed,
      OptionalInt fd) {
    int[] items = Arrays.copyOfRange(scores, 1, ins.itemCount() + 1);
    Measurement m =
        switch (ins) {
          case PHQ9 -> fd.isPresent()
              ? Measurements.phq9(items, fd.getAsInt())
              : Measurements.phq9(items);
          case GAD7 -> Measurements.gad7(items);
          case EPDS -> Measurements.epdsFromScores(items);
          case HAMD17 -> {
            Hamd17Item16 item16;
            if (notAssessed == 16) {
              item16 = Hamd17Item16.notAssessed();
            } else if ("16A".equals(options[16])) {
              item16 = Hamd17Item16.byHistory(scores[16]);
            } else {
              item16 = Hamd17Item16.byMeasuredWeight(scores[16]);
            }
            yield Measurements.hamd17(
                scheme, Arrays.copyOfRange(scores, 1, 16), item16, scores[17]);
          }
          case BDI2 -> {
            String[] answers = new String[ins.itemCount()];
            for (int i = 1; i <= ins.itemCount(); i++) {
              answers[i - 1] = options[i] != null ? options[i] : Integer.toString(scores[i]);
            }
            yield Measurements.bdi2(answers);
          }
          case MOOD_RATING -> Measurements.moodRating(items[0]);
        };
    return m.withBandScheme(scheme);
  }

  /** Every built-in band scheme, by name. */
  static final List<BandScheme> BUILT_IN =
      List.of(
          BandScheme.PHQ9_KROENKE_2001,
          BandScheme.GAD7_SPITZER_2006,
          BandScheme.HAMD17_ZIMMERMAN_2013,
          BandScheme.HAMD17_CAMCOPS,
          BandScheme.EPDS_COX_1987,
          BandScheme.BDI2_STANDARD,
          BandScheme.MOOD_RATING_UNBANDED);

  /** The built-in scheme of a name, or null if no built-in scheme has it. */
  static @Nullable BandScheme builtInNamed(String name) {
    for (BandScheme b : BUILT_IN) {
      if (b.name().equals(name)) {
        return b;
      }
    }
    return null;
  }

  /** The names of the built-in schemes, for the unknown-name message (names only, never input). */
  private static final String BUILT_IN_NAMES = builtInNames();

  private static String builtInNames() {
    List<String> names = new ArrayList<>();
    for (BandScheme b : BUILT_IN) {
      names.add(b.name());
    }
    return String.join(", ", names);
  }

  /**
   * The band scheme of a measurement: referred to by name (version 2), a built-in scheme or a
   * custom scheme the document lists in its {@code bandSchemes}, of the measurement's instrument;
   * else embedded as an object.
   */
  private static BandScheme namedScheme(In in, Instrument ins, BandSchemes listed) {
    String name = in.stringOrNull("bandScheme");
    if (name == null) {
      return bandScheme(in.object("bandScheme"), ins);
    }
    BandScheme scheme = builtInNamed(name);
    if (scheme == null) {
      scheme = listed.named(name);
    }
    if (scheme != null && scheme.instrument() == ins) {
      return scheme;
    }
    Pointer at = in.pointer().key("bandScheme");
    Node named = in.required("bandScheme");
    if (scheme == null) {
      throw Fail.at(
          ErrorCode.VALUE,
          at,
          named,
          "a band scheme given by name must be a built-in scheme or, in a course document, one"
              + " listed in its bandSchemes (else embed the custom scheme as an object); built-in"
              + " schemes: "
              + BUILT_IN_NAMES);
    }
    if (scheme.instrument() != ins) {
      throw Fail.at(
          ErrorCode.VALUE, at, named, "the band scheme named here belongs to another instrument");
    }
    return scheme;
  }

  private static BandScheme bandScheme(In in, Instrument ins) {
    in.allow(BAND_SCHEME);
    return schemeBody(in, ins);
  }

  /**
   * A band scheme's name, source and bands, of an instrument; the caller has checked which fields
   * the object may have.
   */
  static BandScheme schemeBody(In in, Instrument ins) {
    String name = in.string("name");
    String source = in.string("source");
    Pointer bandsAt = in.pointer().key("bands");
    List<Node> nodes = in.array("bands");
    List<Band> bands = new ArrayList<>();
    for (int i = 0; i < nodes.size(); i++) {
      In b = in.element("bands", nodes, i);
      b.allow(BAND);
      String label = b.string("label");
      int lowest = b.integer("lowest", 0, MAX_BAND_VALUE);
      int highest = b.integer("highest", 0, MAX_BAND_VALUE);
      try {
        bands.add(new Band(i, label, lowest, highest));
      } catch (InvalidValueException e) {
        throw Fail.at(
            ErrorCode.VALUE,
            bandsAt.index(i),
            nodes.get(i),
            "invalid band: it needs a label that is not blank and 0 <= lowest <= highest");
      }
    }
    BandScheme builtIn = builtInNamed(name);
    if (builtIn != null) {
      // a stored scheme under a built-in name must be that scheme, band for band: a relabelled or
      // stretched band would otherwise change the meaning of every total read under it
      if (builtIn.instrument() != ins) {
        throw Fail.at(
            ErrorCode.VALUE,
            in.pointer().key("name"),
            in.required("name"),
            "the band scheme named here belongs to another instrument");
      }
      if (!builtIn.source().equals(source) || !builtIn.bands().equals(bands)) {
        throw Fail.at(
            ErrorCode.VALUE,
            in.pointer(),
            in.node(),
            "the band scheme has the name of a built-in scheme but other bands, labels or source;"
                + " a built-in scheme's bands are fixed (give a custom scheme a name of its own)");
      }
      return builtIn;
    }
    try {
      return BandScheme.of(name, ins, source, bands);
    } catch (InvalidValueException e) {
      throw Fail.at(
          ErrorCode.VALUE,
          in.pointer(),
          in.node(),
          "invalid band scheme: it needs a name and a source that are not blank, and bands that"
              + " cover 0 to the instrument's maximum total without gaps or overlaps");
    }
  }
}
