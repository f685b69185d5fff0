package io.github.ipt4j.json.internal;

import io.github.ipt4j.json.DocumentKind;
import io.github.ipt4j.json.ErrorCode;
import java.util.List;
import java.util.Optional;

/** Every document codec, and the document header ({@code format}, {@code version}). Internal. */
public final class Codecs {
  /** Every codec, one per {@link DocumentKind}. */
  public static final List<Codec<?>> ALL =
      List.of(
          CourseCodec.INSTANCE,
          EventCodec.INSTANCE,
          ProtocolCodec.INSTANCE,
          MeasurementCodec.INSTANCE,
          ReadinessCodec.INSTANCE,
          FidelityCodec.INSTANCE,
          RecommendationsCodec.INSTANCE,
          AgendaCodec.INSTANCE);

  private Codecs() {}

  /**
   * Finds the codec that writes a value.
   *
   * @param value the value
   * @return the codec, or empty if no document kind holds such values
   */
  public static Optional<Codec<?>> forValue(Object value) {
    for (Codec<?> c : ALL) {
      if (c.type().isInstance(value)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  /**
   * Finds the codec that reads a requested type (an event record class finds the event codec).
   *
   * @param type the requested type
   * @return the codec, or empty
   */
  public static Optional<Codec<?>> forType(Class<?> type) {
    for (Codec<?> c : ALL) {
      if (c.type().isAssignableFrom(type)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  /**
   * Writes a whole document: header then body.
   *
   * @param out the output
   * @param codec the codec
   * @param value the value
   * @param <T> its type
   */
  public static <T> void write(Out out, Codec<T> codec, T value) {
    out.beginObject();
    out.name("format").string(codec.kind().formatName());
    out.name("version").number(codec.kind().currentVersion());
    codec.writeBody(out, value);
    out.endObject();
  }

  /**
   * Reads a whole document: checks the header, then reads the body.
   *
   * @param root the root node
   * @param codec the codec of the expected kind
   * @param settings the reader settings
   * @param <T> the type
   * @return the value
   * @throws io.github.ipt4j.json.IptJsonException for any problem
   */
  public static <T> T read(Node root, Codec<T> codec, Settings settings) {
    In in = In.document(root, settings);
    int version = version(in, root, codec.kind());
    return codec.readBody(in, version);
  }

  /**
   * Reads an event document with the findings it states.
   *
   * @param root the root node
   * @param settings the reader settings
   * @param kept whether the event belongs to a log whose findings are stored (one with a header)
   * @return the event and its findings
   * @throws io.github.ipt4j.json.IptJsonException for any problem
   */
  public static EventCodec.Entry readEvent(Node root, Settings settings, boolean kept) {
    In in = In.document(root, settings);
    version(in, root, DocumentKind.EVENT);
    return EventCodec.INSTANCE.readEntry(in, kept ? DocumentKind.CURRENT_VERSION : 1);
  }

  private static final Pointer FORMAT_AT = Pointer.ROOT.key("format");
  private static final Pointer VERSION_AT = Pointer.ROOT.key("version");

  /** Checks the header of a document of an expected kind and returns its version. */
  private static int version(In in, Node root, DocumentKind expected) {
    // the common case, a document of the expected kind and a known version, without nodes
    int known = in.integerOr("version", 1, expected.currentVersion(), 0);
    if (known > 0 && expected.formatName().equals(in.stringOrNull("format"))) {
      return known;
    }
    Node format = in.present("format");
    if (format == null) {
      throw Fail.at(
          ErrorCode.FORMAT,
          Pointer.ROOT,
          root,
          "the document does not name its format; expected \"format\": \""
              + expected.formatName()
              + "\"");
    }
    Pointer formatAt = FORMAT_AT;
    String name = In.string(format, formatAt);
    if (!name.equals(expected.formatName())) {
      Optional<DocumentKind> other = DocumentKind.fromFormatName(name);
      throw Fail.at(
          ErrorCode.FORMAT,
          formatAt,
          format,
          other.isPresent()
              ? "expected a document of format "
                  + expected.formatName()
                  + ", found "
                  + other.get().formatName()
              : "unknown format; expected " + expected.formatName());
    }
    Node version = in.present("version");
    Pointer versionAt = VERSION_AT;
    if (version == null) {
      throw Fail.at(
          ErrorCode.VERSION, Pointer.ROOT, root, "the document does not name its format version");
    }
    if (!(version instanceof Node.Int v)) {
      throw In.typeError(version, versionAt, "an integer");
    }
    int current = expected.currentVersion();
    if (v.value() > current) {
      throw Fail.at(
          ErrorCode.VERSION,
          versionAt,
          v,
          "the document has format version "
              + v.value()
              + " of "
              + expected.formatName()
              + "; this reader knows versions up to "
              + current
              + ": a reader that supports version "
              + v.value()
              + " is needed");
    }
    if (v.value() < 1) {
      throw Fail.at(ErrorCode.VERSION, versionAt, v, "format versions start at 1");
    }
    return v.value();
  }
}
