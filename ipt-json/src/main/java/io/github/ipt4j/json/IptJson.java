package io.github.ipt4j.json;

import io.github.ipt4j.core.InvalidValueException;
import io.github.ipt4j.core.course.Course;
import io.github.ipt4j.core.course.HistoryEntry;
import io.github.ipt4j.core.course.Outcome;
import io.github.ipt4j.core.course.Replay;
import io.github.ipt4j.core.event.CourseEvent;
import io.github.ipt4j.core.protocol.Protocol;
import io.github.ipt4j.core.rule.Rule;
import io.github.ipt4j.core.rule.Severity;
import io.github.ipt4j.core.rule.Violation;
import io.github.ipt4j.json.internal.CanonicalWriter;
import io.github.ipt4j.json.internal.Encoding;
import io.github.ipt4j.json.internal.Codec;
import io.github.ipt4j.json.internal.Codecs;
import io.github.ipt4j.json.internal.EventCodec;
import io.github.ipt4j.json.internal.Fail;
import io.github.ipt4j.json.internal.JsonPrefix;
import io.github.ipt4j.json.internal.LogHeaderCodec;
import io.github.ipt4j.json.internal.Node;
import io.github.ipt4j.json.internal.Pointer;
import io.github.ipt4j.json.internal.Settings;
import io.github.ipt4j.json.internal.TreeReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.json.JsonFactory;

/**
 * The front door of the ipt4j JSON format: writes and reads courses, course events, protocol
 * definitions, measurements and the decision outputs as versioned, self-describing JSON
 * documents, and course events as a JSON Lines event log. A host needs no Jackson type to use it.
 *
 * <pre>{@code
 * IptJson json = IptJson.defaults();
 * String text = json.write(course);                  // {"format":"ipt4j.course","version":2,...}
 * Course again = json.read(text, Course.class);      // rebuilds the stored history
 * }</pre>
 *
 * <p><b>Supported types.</b> {@link io.github.ipt4j.core.course.Course} ({@code ipt4j.course}),
 * {@link CourseEvent} and each event record ({@code ipt4j.event}), {@link
 * io.github.ipt4j.core.protocol.Protocol} ({@code ipt4j.protocol}), {@link
 * io.github.ipt4j.core.measure.Measurement} ({@code ipt4j.measurement}), and the decision outputs
 * {@link io.github.ipt4j.core.decision.ReadinessAssessment} ({@code ipt4j.readiness}), {@link
 * io.github.ipt4j.core.decision.FidelityReport} ({@code ipt4j.fidelity}), {@link Recommendations}
 * ({@code ipt4j.recommendations}) and {@link io.github.ipt4j.core.decision.Agenda} ({@code
 * ipt4j.agenda}); see {@link #supports(Class)} and {@link DocumentKind}. The recommender's {@code
 * List<Recommendation>} is written wrapped in {@link Recommendations}, because the kind of a
 * document is chosen by the value's class and a list does not carry its element type.
 *
 * <pre>{@code
 * String text = json.write(TerminationReadiness.assess(course)); // {"format":"ipt4j.readiness",...}
 * FidelityReport report = json.read(other, FidelityReport.class);
 * json.write(SessionAgenda.forNextSession(course));              // {"format":"ipt4j.agenda",...}
 * json.write(new Recommendations(TechniqueRecommender.recommendFor(course)));
 * }</pre>
 *
 * <p><b>Writing</b> is deterministic: the same value always gives the same bytes (UTF-8, properties
 * in the documented order, sets sorted by code, no insignificant white space unless {@link
 * Builder#prettyPrint(boolean)}), so documents can be hashed and signed.
 *
 * <p><b>Reading is validating</b>: a protocol is read through its builder, a measurement through
 * the scoring factories, and a course document's events are checked for structural integrity
 * (the first event opens the course, no other does, nothing follows its end, dates and session
 * numbers in order). By default a course document is a <em>stored</em> record: its history is
 * rebuilt with {@link io.github.ipt4j.core.course.Course#rebuild}, which never refuses an event on
 * a clinical rule, so a document written under an earlier release (and its rules) stays readable
 * under every later one. For an <em>untrusted import</em> — a document from another system — set
 * {@link Builder#validateHistory(boolean)} and every event is judged by this release's rules
 * through {@link io.github.ipt4j.core.course.Course#replay}; {@code Course.audit()} reports the
 * same judgement without refusing. Any problem with the input — syntax, limits, types, unknown
 * fields, rule violations — throws {@link IptJsonException} and nothing else; its message never
 * repeats input values. Limits are set with {@link #builder()}.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class IptJson {
  private static final IptJson DEFAULTS = new IptJson(Settings.DEFAULTS);

  /** The largest configurable nesting depth. */
  public static final int MAX_DEPTH_LIMIT = 1_000;

  private final Settings settings;
  private final JsonFactory factory;
  private final JsonFactory optimisticFactory;

  private IptJson(Settings settings) {
    this.settings = settings;
    this.factory = TreeReader.factory(settings);
    this.optimisticFactory = TreeReader.optimisticFactory(settings);
  }

  /**
   * Returns an instance with the default limits: documents up to 16 MiB, nesting depth 64,
   * strings up to 10,000 characters, arrays up to 100,000 elements, objects up to 1,000
   * properties, unknown fields refused, compact output.
   *
   * @return the shared default instance
   */
  public static IptJson defaults() {
    return DEFAULTS;
  }

  /**
   * Returns a builder that starts from the defaults.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a Jackson module with this instance's limits and policies, for a host's own {@code
   * JsonMapper}.
   *
   * @return a new module
   */
  public IptJsonModule module() {
    return new IptJsonModule(settings);
  }

  /**
   * Tells whether a type can be written and read.
   *
   * @param type the type, not null
   * @return true for {@code Course}, {@code CourseEvent} and its records, {@code Protocol}, {@code
   *     Measurement}, {@code ReadinessAssessment}, {@code FidelityReport}, {@link Recommendations}
   *     and {@code Agenda}
   */
  public static boolean supports(Class<?> type) {
    return Codecs.forType(type).isPresent();
  }

  /**
   * Returns the JSON Schema (draft 2020-12) of a document kind, as shipped in the jar.
   *
   * @param kind the kind, not null
   * @return the schema text
   * @throws IptJsonException with {@link ErrorCode#IO} if the resource cannot be read
   */
  public static String schema(DocumentKind kind) {
    return resource(kind.schemaResource());
  }

  /**
   * Returns the JSON Schema (draft 2020-12) of a document kind at a format version, as shipped in
   * the jar: version 1 describes the documents earlier releases wrote (still read), version 2 the
   * ones this release writes.
   *
   * @param kind the kind, not null
   * @param version 1 or 2
   * @return the schema text
   * @throws IptJsonException with {@link ErrorCode#IO} if the resource cannot be read
   * @throws InvalidValueException if there is no such version
   */
  public static String schema(DocumentKind kind, int version) {
    return resource(kind.schemaResource(version));
  }

  /**
   * Returns the JSON Schema (draft 2020-12) of the header line of a version-2 event log ({@link
   * #writeLogHeader(Protocol)}), shipped in the jar as {@code
   * /io/github/ipt4j/json/schema/v2/log.schema.json}.
   *
   * @return the schema text
   * @throws IptJsonException with {@link ErrorCode#IO} if the resource cannot be read
   */
  public static String logHeaderSchema() {
    return resource("/io/github/ipt4j/json/schema/v2/log.schema.json");
  }

  private static String resource(String name) {
    try (InputStream in = IptJson.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IptJsonException(
            ErrorCode.IO, "", 0, 0, List.of(), "the schema resource is missing", null);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IptJsonException(
          ErrorCode.IO, "", 0, 0, List.of(), "the schema resource could not be read", e);
    }
  }

  // ------------------------------------------------------------------------------ writing

  /**
   * Writes a value as a document.
   *
   * @param value a value of a supported type (see {@link #supports(Class)}), not null
   * @return the JSON text
   * @throws IptJsonException with {@link ErrorCode#ENCODING} if a string of the value holds a
   *     lone surrogate (it has no UTF-8 form)
   * @throws InvalidValueException if {@code value} is null or of an unsupported type
   */
  public String write(Object value) {
    Codec<Object> codec = codecFor(value);
    CanonicalWriter out = new CanonicalWriter(settings.prettyPrint(), expectedSize(value));
    Codecs.write(out, codec, value);
    return out.toString();
  }

  /**
   * Writes a value as a document in UTF-8.
   *
   * @param value a value of a supported type (see {@link #supports(Class)}), not null
   * @return the UTF-8 bytes
   * @throws IptJsonException with {@link ErrorCode#ENCODING} if a string of the value holds a
   *     lone surrogate (it has no UTF-8 form)
   * @throws InvalidValueException if {@code value} is null or of an unsupported type
   */
  public byte[] writeBytes(Object value) {
    Codec<Object> codec = codecFor(value);
    CanonicalWriter out = new CanonicalWriter(settings.prettyPrint(), expectedSize(value));
    Codecs.write(out, codec, value);
    return out.toBytes();
  }

  /** About how many bytes a value's document takes, so that the writer seldom has to grow. */
  private int expectedSize(Object value) {
    int size = value instanceof Course c ? 1_024 + 256 * c.history().size() : 1_024;
    return settings.prettyPrint() ? 2 * size : size;
  }

  /**
   * Writes a value as a document in UTF-8 to a stream, which is neither flushed nor closed.
   *
   * @param value a value of a supported type (see {@link #supports(Class)}), not null
   * @param out the stream, not null
   * @throws InvalidValueException if an argument is null or {@code value} is of an unsupported type
   * @throws IptJsonException with {@link ErrorCode#IO} if the stream fails, or {@link
   *     ErrorCode#ENCODING} if a string of the value holds a lone surrogate (nothing is written)
   */
  public void write(Object value, OutputStream out) {
    notNull(out, "out");
    byte[] bytes = writeBytes(value);
    writeTo(out, bytes);
  }

  @SuppressWarnings("unchecked")
  private static Codec<Object> codecFor(Object value) {
    notNull(value, "value");
    return (Codec<Object>)
        Codecs.forValue(value)
            .orElseThrow(
                () ->
                    new InvalidValueException(
                        "unsupported type "
                            + value.getClass().getName()
                            + "; supported: Course, CourseEvent, Protocol, Measurement,"
                            + " ReadinessAssessment, FidelityReport, Recommendations (wrapping"
                            + " a List<Recommendation>), Agenda"));
  }

  // ------------------------------------------------------------------------------ reading

  /**
   * Reads a document.
   *
   * @param json the JSON text, not null
   * @param type the expected type, e.g. {@code Course.class}, not null
   * @param <T> the type
   * @return the value
   * @throws IptJsonException for any problem with the input
   * @throws InvalidValueException if an argument is null or {@code type} is unsupported
   */
  public <T> T read(String json, Class<T> type) {
    notNull(json, "json");
    Encoding.checkText(json);
    return read(toBytes(json), type);
  }

  /**
   * Reads a document from UTF-8 bytes.
   *
   * @param json the UTF-8 bytes, not null
   * @param type the expected type, not null
   * @param <T> the type
   * @return the value
   * @throws IptJsonException for any problem with the input
   * @throws InvalidValueException if an argument is null or {@code type} is unsupported
   */
  public <T> T read(byte[] json, Class<T> type) {
    notNull(json, "json");
    notNull(type, "type");
    Codec<?> codec =
        Codecs.forType(type)
            .orElseThrow(() -> new InvalidValueException("unsupported type " + type.getName()));
    Node root =
        TreeReader.readDocument(optimisticFactory, factory, settings, json, 0, json.length);
    return cast(Codecs.read(root, codec, settings), type);
  }

  /**
   * Reads a document from a UTF-8 stream, which is read to its end but not closed.
   *
   * @param json the stream, not null
   * @param type the expected type, not null
   * @param <T> the type
   * @return the value
   * @throws IptJsonException for any problem with the input, {@link ErrorCode#IO} if the stream
   *     fails; every limit is checked while the stream is read, so input refused by a limit is not
   *     read any further
   * @throws InvalidValueException if an argument is null or {@code type} is unsupported
   */
  public <T> T read(InputStream json, Class<T> type) {
    notNull(json, "json");
    notNull(type, "type");
    Codec<?> codec =
        Codecs.forType(type)
            .orElseThrow(() -> new InvalidValueException("unsupported type " + type.getName()));
    Node root = TreeReader.readDocument(factory, settings, json);
    return cast(Codecs.read(root, codec, settings), type);
  }

  private static <T> T cast(Object value, Class<T> type) {
    if (!type.isInstance(value)) {
      throw Fail.at(
          ErrorCode.TYPE,
          Pointer.ROOT.key("type"),
          0,
          0,
          "the event is of another type than the one requested");
    }
    return type.cast(value);
  }

  // ------------------------------------------------------------------------------ event log

  /**
   * Writes the header line of a version-2 JSON Lines event log, naming the log's protocol: a
   * built-in protocol by its id and the digest of its definition ({@code
   * {"format":"ipt4j.log","version":2,"protocol":{"id":"ipt-acute","digest":"sha256:…"}}}), a
   * custom protocol by its full definition ({@code "protocol":{"definition":{…}}}). The header
   * is the first line of a log; the events follow, one per line ({@link #writeEventLine(HistoryEntry)}).
   *
   * @param protocol the protocol of the log, not null
   * @return the line, ending in {@code '\n'}
   * @throws IptJsonException with {@link ErrorCode#ENCODING} if a string of the protocol holds a
   *     lone surrogate
   * @throws InvalidValueException if {@code protocol} is null
   */
  public String writeLogHeader(Protocol protocol) {
    notNull(protocol, "protocol");
    CanonicalWriter out = new CanonicalWriter(false);
    LogHeaderCodec.write(out, protocol);
    return out.append('\n').toString();
  }

  /**
   * Writes one event as one line of a JSON Lines event log: an {@code ipt4j.event} document in
   * compact form followed by {@code '\n'}, without findings. In a log with a header (whose
   * findings are stored), write {@link #writeEventLine(HistoryEntry)} instead: there an event
   * without findings had none.
   *
   * @param event the event, not null
   * @return the line, ending in {@code '\n'}
   * @throws IptJsonException with {@link ErrorCode#ENCODING} if a string of the value holds a
   *     lone surrogate (it has no UTF-8 form)
   * @throws InvalidValueException if {@code event} is null
   */
  public String writeEventLine(CourseEvent event) {
    notNull(event, "event");
    CanonicalWriter out = new CanonicalWriter(false);
    Codecs.write(out, EventCodec.INSTANCE, event);
    return out.append('\n').toString();
  }

  /**
   * Writes one accepted event with the findings kept with it ({@link Course#entries()}, or {@code
   * Outcome.Accepted}) as one line of a JSON Lines event log: an {@code ipt4j.event} document in
   * compact form, with a {@code findings} array when there are findings, followed by {@code '\n'}.
   *
   * @param entry the entry, not null
   * @return the line, ending in {@code '\n'}
   * @throws IptJsonException with {@link ErrorCode#ENCODING} if a string of the value holds a
   *     lone surrogate (it has no UTF-8 form)
   * @throws InvalidValueException if {@code entry} is null
   */
  public String writeEventLine(HistoryEntry entry) {
    notNull(entry, "entry");
    return entryLine(entry).toString();
  }

  private CanonicalWriter entryLine(HistoryEntry entry) {
    CanonicalWriter out = new CanonicalWriter(false);
    out.beginObject();
    out.name("format").string(DocumentKind.EVENT.formatName());
    out.name("version").number(DocumentKind.CURRENT_VERSION);
    EventCodec.INSTANCE.writeBody(out, entry.event(), entry.findings());
    out.endObject();
    return out.append('\n');
  }

  /**
   * Appends one event as one line to a JSON Lines event log. The line is written with a single
   * {@code write} call; the stream is neither flushed nor closed. For a log with a header, append
   * {@link #appendEntry(HistoryEntry, OutputStream)} instead.
   *
   * @param event the event, not null
   * @param log the log's stream, opened for appending, not null
   * @throws InvalidValueException if an argument is null
   * @throws IptJsonException with {@link ErrorCode#IO} if the stream fails, or {@link
   *     ErrorCode#ENCODING} if a string of the event holds a lone surrogate (nothing is written)
   */
  public void appendEvent(CourseEvent event, OutputStream log) {
    notNull(log, "log");
    notNull(event, "event");
    CanonicalWriter out = new CanonicalWriter(false);
    Codecs.write(out, EventCodec.INSTANCE, event);
    writeTo(log, out.append('\n').toBytes());
  }

  /**
   * Appends one accepted event with its findings as one line to a JSON Lines event log, with a
   * single {@code write} call; the stream is neither flushed nor closed. See {@link
   * #writeEventLine(HistoryEntry)}.
   *
   * @param entry the entry, e.g. the last of {@link Course#entries()} after an accepted event, not
   *     null
   * @param log the log's stream, opened for appending, not null
   * @throws InvalidValueException if an argument is null
   * @throws IptJsonException with {@link ErrorCode#IO} if the stream fails, or {@link
   *     ErrorCode#ENCODING} if a string of the event holds a lone surrogate (nothing is written)
   */
  public void appendEntry(HistoryEntry entry, OutputStream log) {
    notNull(log, "log");
    notNull(entry, "entry");
    writeTo(log, entryLine(entry).toBytes());
  }

  /**
   * Writes events as a JSON Lines event log without header, one line per event, without findings
   * (the layout of version 1).
   *
   * @param events the events, oldest first, not null and without nulls
   * @return the log
   * @throws IptJsonException with {@link ErrorCode#ENCODING} if a string of the value holds a
   *     lone surrogate (it has no UTF-8 form)
   * @throws InvalidValueException if the list is null or holds a null
   * @deprecated for removal: a log without header does not name its protocol, so whoever replays
   *     it must name one and may name the wrong one (#12). Write {@link #writeEventLog(Protocol,
   *     List)} (or {@link #writeEventLog(Course)}), whose header names the protocol. Logs without
   *     header, written by 0.1.0 or by this method, still read.
   */
  @Deprecated(since = "0.2.0", forRemoval = true)
  public String writeEventLog(List<? extends CourseEvent> events) {
    notNull(events, "events");
    StringBuilder sb = new StringBuilder();
    for (CourseEvent e : events) {
      sb.append(writeEventLine(e));
    }
    return sb.toString();
  }

  /**
   * Writes events as a version-2 JSON Lines event log under the protocol they were recorded under:
   * the header naming the protocol ({@link #writeLogHeader(Protocol)}), then one line per event
   * with its findings. The events are rebuilt into a course with {@link Course#rebuild} (structure
   * only: no clinical rule refuses an event) to derive the findings each line keeps; the log is
   * then exactly {@link #writeEventLog(Course)} of that course. An empty list gives the header
   * alone.
   *
   * @param protocol the protocol of the events, not null
   * @param events the events, oldest first, not null and without nulls
   * @return the log
   * @throws IptJsonException with {@link ErrorCode#ENCODING} if a string of the value holds a
   *     lone surrogate (it has no UTF-8 form)
   * @throws InvalidValueException if an argument is null, the list holds a null, or the events do
   *     not form a course (the first does not open it, or one breaks its structure — the message
   *     names the index)
   */
  public String writeEventLog(Protocol protocol, List<? extends CourseEvent> events) {
    notNull(protocol, "protocol");
    notNull(events, "events");
    if (events.isEmpty()) {
      return writeLogHeader(protocol);
    }
    Replay rebuilt = Course.rebuild(protocol, events);
    if (rebuilt instanceof Replay.Refused refused) {
      throw new InvalidValueException(
          "the events do not form a course: event "
              + refused.index()
              + " breaks its structure ("
              + String.join(", ", refused.violations().stream().map(Violation::code).toList())
              + ")");
    }
    return writeEventLog(rebuilt.orElseThrow());
  }

  /**
   * Writes a course as a version-2 JSON Lines event log: the header naming its protocol ({@link
   * #writeLogHeader(Protocol)}), then one line per accepted event with the findings kept with it
   * ({@link #writeEventLine(HistoryEntry)}). {@link #readEventLog(byte[])} and {@link
   * EventLogRead#course()} give the course back with the same entries and findings.
   *
   * @param course the course, not null
   * @return the log
   * @throws IptJsonException with {@link ErrorCode#ENCODING} if a string of the value holds a
   *     lone surrogate (it has no UTF-8 form)
   * @throws InvalidValueException if {@code course} is null
   */
  public String writeEventLog(Course course) {
    notNull(course, "course");
    StringBuilder sb = new StringBuilder(writeLogHeader(course.protocol()));
    for (HistoryEntry e : course.entries()) {
      sb.append(entryLine(e));
    }
    return sb.toString();
  }

  /**
   * Reads a JSON Lines event log. Every line must be a complete {@code ipt4j.event} document;
   * lines end with {@code '\n'}, {@code "\r\n"} or {@code '\r'} (each counts as one line end, and
   * the last line may have none). If the last line has no line end and is a true prefix of a JSON
   * value — every byte fits the JSON grammar and UTF-8, but the value is incomplete — it was cut
   * off while being written: it is reported in {@link EventLogRead#truncatedLine()} and every
   * event before it is returned. Truncating the log to {@link TruncatedLine#offset()} bytes then
   * removes only that incomplete line, never a complete event. Anything else that is broken — a
   * broken line anywhere else, a complete last line that is invalid, or a complete event followed
   * by stray bytes — throws.
   *
   * @param log the log, not null
   * @return the events and the cut-off line, if any
   * @throws IptJsonException for a broken line other than a cut-off last line, or with {@link
   *     ErrorCode#ENCODING} if the string holds a lone surrogate; its {@link
   *     IptJsonException#line()} is the line of the log
   * @throws InvalidValueException if {@code log} is null
   */
  public EventLogRead readEventLog(String log) {
    notNull(log, "log");
    Encoding.checkText(log);
    return readEventLog(toBytes(log));
  }

  /**
   * Reads a JSON Lines event log from a UTF-8 stream, which is read to its end but not closed. See
   * {@link #readEventLog(String)}.
   *
   * @param log the stream, not null
   * @return the events and the cut-off line, if any
   * @throws IptJsonException for a broken line other than a cut-off last line, or {@link
   *     ErrorCode#IO} if the stream fails
   * @throws InvalidValueException if {@code log} is null
   */
  public EventLogRead readEventLog(InputStream log) {
    return readEventLog(readAll(log));
  }

  /**
   * Reads a JSON Lines event log from UTF-8 bytes. See {@link #readEventLog(String)}. The whole
   * log, like every line, is bounded by {@link #maxDocumentBytes()}; input that is not UTF-8 (a
   * byte order mark, UTF-16, UTF-32) is refused with {@link ErrorCode#ENCODING}.
   *
   * <p>A version-2 log starts with a header line that names its protocol ({@link
   * #writeLogHeader(Protocol)}); the protocol is resolved and checked (a built-in protocol whose
   * definition in this release has another digest is refused with {@link ErrorCode#PROTOCOL}) and
   * returned in {@link EventLogRead#protocol()}, and the findings on its event lines are the ones
   * kept when the events were accepted. A log without header (version 1) names no protocol.
   *
   * @param log the bytes, not null
   * @return the protocol, the events with their findings and the cut-off line, if any
   * @throws IptJsonException for a broken line other than a cut-off last line, or with {@link
   *     ErrorCode#PROTOCOL} if the header's protocol cannot be used
   * @throws InvalidValueException if {@code log} is null
   */
  public EventLogRead readEventLog(byte[] log) {
    notNull(log, "log");
    return readLog(log, null);
  }

  /**
   * Reads a JSON Lines event log from UTF-8 bytes under a protocol the caller names. A log with a
   * header must name the same protocol (the same id and definition digest, or the same custom
   * definition), else it is refused with {@link ErrorCode#PROTOCOL} — a log is never read under
   * another protocol than the one it was written under; a log without header (version 1) is read
   * under {@code protocol}. See {@link #readEventLog(byte[])}.
   *
   * @param log the bytes, not null
   * @param protocol the protocol the caller expects, not null
   * @return the result, whose {@link EventLogRead#protocol()} is {@code protocol}
   * @throws IptJsonException for a broken line other than a cut-off last line, or with {@link
   *     ErrorCode#PROTOCOL} if the header names another protocol
   * @throws InvalidValueException if an argument is null
   */
  public EventLogRead readEventLog(byte[] log, Protocol protocol) {
    notNull(log, "log");
    notNull(protocol, "protocol");
    return readLog(log, protocol);
  }

  private EventLogRead readLog(byte[] log, @Nullable Protocol explicit) {
    final class Reading implements LineSink {
      final List<HistoryEntry> entries = new ArrayList<>();
      @Nullable Protocol protocol = explicit;
      @Nullable TruncatedLine truncated;

      @Override
      public void header(int line, Node root) {
        protocol = LogHeaderCodec.read(root, settings, explicit);
      }

      @Override
      public void event(int line, Node root, boolean findingsKept) {
        EventCodec.Entry e = Codecs.readEvent(root, settings, findingsKept);
        entries.add(new HistoryEntry(entries.size(), e.event(), e.findings()));
      }

      @Override
      public boolean broken(int line, int start, boolean torn, IptJsonException e) {
        if (!torn) {
          throw Fail.onLine(e, line);
        }
        truncated = new TruncatedLine(line, start, log.length - start);
        return false;
      }
    }
    Reading reading = new Reading();
    boolean kept = eachLine(log, reading);
    return new EventLogRead(
        Optional.ofNullable(reading.protocol),
        reading.entries,
        kept,
        Optional.ofNullable(reading.truncated));
  }

  /** What the one line loop of {@link #eachLine} hands each line of a log to. */
  private interface LineSink {
    /** The first line, which is a log header. */
    void header(int line, Node root);

    /** A line that is not the header: an event document, whose findings are kept if a header was read. */
    void event(int line, Node root, boolean findingsKept);

    /**
     * A line that did not decode (or whose header or event the sink refused); {@code torn} if it is
     * the last line, has no line end and is a true prefix of a JSON value (cut off while written).
     * Returns whether to go on with the next line.
     */
    boolean broken(int line, int start, boolean torn, IptJsonException e);
  }

  /**
   * The one loop over the lines of a JSON Lines event log, shared by reading and validating: the
   * size limit, the line ends ({@code '\n'}, {@code "\r\n"}, {@code '\r'}), the header on line 1
   * and the cut-off last line are decided here alone.
   *
   * @return whether the log has a header (its findings are kept)
   */
  private boolean eachLine(byte[] log, LineSink sink) {
    if (log.length > settings.maxDocumentBytes()) {
      throw tooLarge();
    }
    boolean kept = false;
    TreeReader.Lines reader = TreeReader.lines(optimisticFactory, factory, settings, log);
    int start = 0;
    int line = 0;
    while (start < log.length) {
      line++;
      int end = lineEnd(log, start);
      boolean terminated = end < log.length;
      try {
        Node root = reader.read(start, end);
        if (line == 1 && LogHeaderCodec.isHeader(root)) {
          sink.header(line, root);
          kept = true;
        } else {
          sink.event(line, root, kept);
        }
      } catch (IptJsonException e) {
        boolean torn =
            !terminated
                && e.errorCode() == ErrorCode.SYNTAX
                && JsonPrefix.isTruePrefix(log, start, end, settings.maxDepth());
        if (!sink.broken(line, start, torn, e)) {
          return kept;
        }
      }
      if (!terminated) {
        break;
      }
      start = log[end] == '\r' && end + 1 < log.length && log[end + 1] == '\n' ? end + 2 : end + 1;
    }
    return kept;
  }

  /**
   * Checks a whole JSON Lines event log against the protocol its header names and reports
   * <em>every</em> problem; see {@link #validateEventLog(byte[], Protocol)}.
   *
   * @param log the log's bytes, not null
   * @return the problems in line order, each with its {@link IptJsonException#line()}; empty if
   *     the log is valid
   * @throws IptJsonException with {@link ErrorCode#PROTOCOL} if the log has no header naming its
   *     protocol (a version 1 log: name the protocol) or its protocol cannot be used, {@link
   *     ErrorCode#LIMIT_SIZE} if the log is too large, or {@link ErrorCode#ENCODING} if it is not
   *     UTF-8
   * @throws InvalidValueException if {@code log} is null
   */
  public List<IptJsonException> validateEventLog(byte[] log) {
    notNull(log, "log");
    return validate(log, null);
  }

  /**
   * Checks a whole JSON Lines event log against a protocol and reports <em>every</em> problem, not
   * only the first: each line that does not decode (as {@link #readEventLog(byte[])} would report
   * it, a cut-off last line included), and each event the course refuses when the log is replayed
   * under {@code protocol} ({@link ErrorCode#RULE} with the rule codes, pointer {@code ""}). A
   * line that does not decode, and an event that is refused, is left out and the events after it
   * are checked against the course without it, so one mistake can cause later refusals. If the
   * first event does not open the course, that is the only rule problem reported. A log with a
   * header must name {@code protocol} (else {@link ErrorCode#PROTOCOL} is thrown: nothing is
   * checked under the wrong rules).
   *
   * @param log the log's bytes, not null
   * @param protocol the protocol to replay the log under, not null
   * @return the problems in line order, each with its {@link IptJsonException#line()}; empty if
   *     the log is valid
   * @throws IptJsonException with {@link ErrorCode#LIMIT_SIZE} if the log is larger than the
   *     document size limit, {@link ErrorCode#ENCODING} if it is not UTF-8 (then no line can be
   *     read), or {@link ErrorCode#PROTOCOL} if the header names another protocol
   * @throws InvalidValueException if an argument is null
   */
  public List<IptJsonException> validateEventLog(byte[] log, Protocol protocol) {
    notNull(log, "log");
    notNull(protocol, "protocol");
    return validate(log, protocol);
  }

  private List<IptJsonException> validate(byte[] log, @Nullable Protocol explicit) {
    if (log.length > settings.maxDocumentBytes()) {
      throw tooLarge();
    }
    Encoding.checkStart(log, 0, log.length);
    final class Validating implements LineSink {
      final List<IptJsonException> problems = new ArrayList<>();
      final List<CourseEvent> events = new ArrayList<>();
      final List<Integer> lines = new ArrayList<>();
      @Nullable Protocol protocol = explicit;

      @Override
      public void header(int line, Node root) {
        try {
          protocol = LogHeaderCodec.read(root, settings, explicit);
        } catch (IptJsonException e) {
          throw Fail.onLine(e, line);
        }
      }

      @Override
      public void event(int line, Node root, boolean findingsKept) {
        events.add(Codecs.readEvent(root, settings, findingsKept).event());
        lines.add(line);
      }

      @Override
      public boolean broken(int line, int start, boolean torn, IptJsonException e) {
        if (e.errorCode() == ErrorCode.PROTOCOL) {
          throw e;
        }
        problems.add(
            torn
                ? Fail.at(
                    ErrorCode.SYNTAX,
                    Pointer.ROOT,
                    line,
                    0,
                    "the last line is cut off (an incomplete event); truncating the log to "
                        + start
                        + " bytes removes only this line")
                : Fail.onLine(e, line));
        return true;
      }
    }
    Validating v = new Validating();
    eachLine(log, v);
    List<IptJsonException> problems = v.problems;
    @Nullable Protocol named = v.protocol;
    if (named == null) {
      throw Fail.at(
          ErrorCode.PROTOCOL,
          Pointer.ROOT,
          1,
          0,
          "the log has no header naming its protocol (a version 1 log): name the protocol to"
              + " validate it under");
    }
    problems.addAll(refusals(named, v.events, v.lines));
    problems.sort((a, b) -> Integer.compare(a.line().orElse(0), b.line().orElse(0)));
    return List.copyOf(problems);
  }

  /** Every event of a decoded log that the course refuses, as rule problems on their lines. */
  private static List<IptJsonException> refusals(
      Protocol protocol, List<CourseEvent> events, List<Integer> lines) {
    List<IptJsonException> out = new ArrayList<>();
    if (events.isEmpty()) {
      return out;
    }
    Replay opening = Course.replay(protocol, events.subList(0, 1));
    if (!(opening instanceof Replay.Replayed opened)) {
      out.add(
          Fail.onLine(
              Fail.rule(
                  Pointer.ROOT,
                  null,
                  List.of(Rule.SEQ_NOT_OPEN.code()),
                  "the first event must open the course (course-opened)"),
              lines.get(0)));
      return out;
    }
    Course course = opened.course();
    for (int i = 1; i < events.size(); i++) {
      Outcome outcome = course.apply(events.get(i));
      if (outcome instanceof Outcome.Accepted accepted) {
        course = accepted.course();
      } else if (outcome instanceof Outcome.Rejected rejected) {
        List<String> codes = new ArrayList<>();
        List<String> messages = new ArrayList<>();
        for (Violation v : rejected.violations()) {
          if (v.severity() == Severity.ERROR && !codes.contains(v.code())) {
            codes.add(v.code());
            messages.add(v.code() + " " + v.rule().message());
          }
        }
        out.add(
            Fail.onLine(
                Fail.rule(
                    Pointer.ROOT,
                    null,
                    codes,
                    "the course refuses this event: " + String.join("; ", messages)),
                lines.get(i)));
      }
    }
    return out;
  }

  /** The index of the first {@code '\n'} or {@code '\r'} from {@code from}, or the length. */
  private static int lineEnd(byte[] bytes, int from) {
    for (int i = from; i < bytes.length; i++) {
      byte b = bytes[i];
      if (b == '\n' || b == '\r') {
        return i;
      }
    }
    return bytes.length;
  }

  // ------------------------------------------------------------------------------ settings

  /**
   * Returns the largest document (and event log) read, in bytes.
   *
   * @return the limit
   */
  public long maxDocumentBytes() {
    return settings.maxDocumentBytes();
  }

  /**
   * Returns the deepest nesting of objects and arrays read; the root object is depth 1.
   *
   * @return the limit
   */
  public int maxDepth() {
    return settings.maxDepth();
  }

  /**
   * Returns the longest string or property name read, in UTF-16 code units.
   *
   * @return the limit
   */
  public int maxStringLength() {
    return settings.maxStringLength();
  }

  /**
   * Returns the most elements of one array read.
   *
   * @return the limit
   */
  public int maxArrayLength() {
    return settings.maxArrayLength();
  }

  /**
   * Returns the most properties of one object read.
   *
   * @return the limit
   */
  public int maxObjectMembers() {
    return settings.maxObjectMembers();
  }

  /**
   * Tells whether properties the format does not define are skipped instead of refused.
   *
   * @return false by default
   */
  public boolean ignoresUnknownFields() {
    return settings.ignoreUnknownFields();
  }

  /**
   * Tells whether documents are written indented.
   *
   * @return false by default
   */
  public boolean prettyPrints() {
    return settings.prettyPrint();
  }

  // ------------------------------------------------------------------------------ helpers

  private byte[] toBytes(String json) {
    if (json.length() > settings.maxDocumentBytes()) {
      throw tooLarge();
    }
    return json.getBytes(StandardCharsets.UTF_8);
  }

  private IptJsonException tooLarge() {
    return Fail.at(
        ErrorCode.LIMIT_SIZE,
        Pointer.ROOT,
        0,
        0,
        "the document is larger than the limit of " + settings.maxDocumentBytes() + " bytes");
  }

  private byte[] readAll(InputStream in) {
    notNull(in, "in");
    long limit = settings.maxDocumentBytes();
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    byte[] chunk = new byte[8192];
    try {
      int n;
      while ((n = in.read(chunk)) != -1) {
        buffer.write(chunk, 0, n);
        if (buffer.size() > limit) {
          throw tooLarge();
        }
      }
    } catch (IOException e) {
      throw new IptJsonException(
          ErrorCode.IO, "", 0, 0, List.of(), "the input could not be read", e);
    }
    return buffer.toByteArray();
  }

  private static void writeTo(OutputStream out, byte[] bytes) {
    try {
      out.write(bytes);
    } catch (IOException e) {
      throw new IptJsonException(
          ErrorCode.IO, "", 0, 0, List.of(), "the output could not be written", e);
    }
  }

  private static <T> T notNull(T value, String name) {
    if (value == null) {
      throw new InvalidValueException(name + " must not be null");
    }
    return value;
  }

  /**
   * Builds an {@link IptJson} with other limits or policies. Builders are mutable and not
   * thread-safe.
   */
  public static final class Builder {
    private long maxDocumentBytes = Settings.DEFAULTS.maxDocumentBytes();
    private int maxDepth = Settings.DEFAULTS.maxDepth();
    private int maxStringLength = Settings.DEFAULTS.maxStringLength();
    private int maxArrayLength = Settings.DEFAULTS.maxArrayLength();
    private int maxObjectMembers = Settings.DEFAULTS.maxObjectMembers();
    private boolean ignoreUnknownFields;
    private boolean prettyPrint;
    private boolean validateHistory;

    private Builder() {}

    /**
     * Sets the largest document read, in bytes; default 16 MiB (16,777,216). Larger documents are
     * refused with {@link ErrorCode#LIMIT_SIZE}.
     *
     * @param bytes 1 or more
     * @return this builder
     * @throws InvalidValueException if {@code bytes} is less than 1 or more than {@link
     *     Integer#MAX_VALUE}
     */
    public Builder maxDocumentBytes(long bytes) {
      if (bytes < 1 || bytes > Integer.MAX_VALUE) {
        throw new InvalidValueException("maxDocumentBytes must be 1 to " + Integer.MAX_VALUE);
      }
      this.maxDocumentBytes = bytes;
      return this;
    }

    /**
     * Sets the deepest nesting of objects and arrays read, the root object being depth 1; default
     * 64. Deeper documents are refused with {@link ErrorCode#LIMIT_DEPTH}. The deepest valid
     * document of the format nests 6 levels.
     *
     * @param depth 8 to {@link IptJson#MAX_DEPTH_LIMIT}
     * @return this builder
     * @throws InvalidValueException if {@code depth} is out of range
     */
    public Builder maxDepth(int depth) {
      if (depth < 8 || depth > MAX_DEPTH_LIMIT) {
        throw new InvalidValueException("maxDepth must be 8 to " + MAX_DEPTH_LIMIT);
      }
      this.maxDepth = depth;
      return this;
    }

    /**
     * Sets the longest string or property name read, in UTF-16 code units; default 10,000. Longer
     * ones are refused with {@link ErrorCode#LIMIT_STRING}.
     *
     * @param length 128 ({@link io.github.ipt4j.core.HostId#MAX_LENGTH}) or more
     * @return this builder
     * @throws InvalidValueException if {@code length} is less than 128
     */
    public Builder maxStringLength(int length) {
      if (length < io.github.ipt4j.core.HostId.MAX_LENGTH) {
        throw new InvalidValueException(
            "maxStringLength must be at least " + io.github.ipt4j.core.HostId.MAX_LENGTH);
      }
      this.maxStringLength = length;
      return this;
    }

    /**
     * Sets the most elements of one array read; default 100,000 (a course document's {@code events} is the longest array of the format). A longer array is
     * refused with {@link ErrorCode#LIMIT_ARRAY} as soon as the element after the limit is met,
     * before the rest of the input is read.
     *
     * @param length 16 or more
     * @return this builder
     * @throws InvalidValueException if {@code length} is less than 16
     */
    public Builder maxArrayLength(int length) {
      if (length < 16) {
        throw new InvalidValueException("maxArrayLength must be at least 16");
      }
      this.maxArrayLength = length;
      return this;
    }

    /**
     * Sets the most properties of one object read; default 1,000 (the format's widest object has fewer than 30). A wider
     * object is refused with {@link ErrorCode#LIMIT_OBJECT} as soon as the property after the
     * limit is met, before the rest of the input is read.
     *
     * @param members 32 or more
     * @return this builder
     * @throws InvalidValueException if {@code members} is less than 32
     */
    public Builder maxObjectMembers(int members) {
      if (members < 32) {
        throw new InvalidValueException("maxObjectMembers must be at least 32");
      }
      this.maxObjectMembers = members;
      return this;
    }

    /**
     * Sets whether properties the format does not define are skipped instead of refused with
     * {@link ErrorCode#UNKNOWN_FIELD}; default false (refused), so that no clinical data is
     * silently dropped. Skipped properties are still bound by every limit and are lost when the
     * value is written again.
     *
     * @param ignore true to skip unknown properties
     * @return this builder
     */
    public Builder ignoreUnknownFields(boolean ignore) {
      this.ignoreUnknownFields = ignore;
      return this;
    }

    /**
     * Sets whether documents are written indented by two spaces; default false (compact). Either
     * way the output for a value is always the same. JSON Lines event logs are always compact.
     *
     * @param pretty true to indent
     * @return this builder
     */
    public Builder prettyPrint(boolean pretty) {
      this.prettyPrint = pretty;
      return this;
    }

    /**
     * Sets whether a course document's events are judged by this release's clinical rules when it
     * is read; default false. By default a course document is a stored record and its history is
     * rebuilt with {@code Course.rebuild}: structural integrity is checked, but no clinical rule
     * refuses an event, so documents written under an earlier release stay readable. Set true for
     * an untrusted import (a document from another system): every event is applied with {@code
     * Course.replay} and the first refused event fails the read with {@link ErrorCode#RULE}.
     *
     * @param validate true to judge every event of an imported course
     * @return this builder
     */
    public Builder validateHistory(boolean validate) {
      this.validateHistory = validate;
      return this;
    }

    /**
     * Builds the immutable instance.
     *
     * @return the instance
     */
    public IptJson build() {
      return new IptJson(
          new Settings(
              maxDocumentBytes,
              maxDepth,
              maxStringLength,
              maxArrayLength,
              maxObjectMembers,
              ignoreUnknownFields,
              prettyPrint,
              validateHistory));
    }
  }
}
