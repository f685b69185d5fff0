package io.github.ipt4j.examples.ehr;

import io.github.ipt4j.core.HostId;
import io.github.ipt4j.core.course.Course;
import io.github.ipt4j.core.course.Replay;
import io.github.ipt4j.core.event.CourseEvent;
import io.github.ipt4j.core.protocol.Protocol;
import io.github.ipt4j.core.protocol.Protocols;
import io.github.ipt4j.json.IptJson;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The host's event store: each course's event log in an embedded H2 database (file mode), through
 * plain JDBC. One row per accepted event, {@code (course_id, seq)} its primary key, {@code seq}
 * counting from 1 (the course-opened event). The primary key is the optimistic lock: an append at
 * a version that another clinician already used fails with {@link StaleCourseException}, so no
 * event is lost or stored twice.
 *
 * <p>Host identifiers are stored, because the host owns them, but never printed or logged. Each
 * operation takes its own connection, so one store may be shared by threads.
 */
public final class EventStore implements AutoCloseable {
  /** SQLSTATE of a unique or primary key violation. */
  private static final String DUPLICATE_KEY = "23505";

  private final String url;
  private final Connection keeper;
  private final IptJson json = IptJson.defaults();

  private EventStore(String url, Connection keeper) {
    this.url = url;
    this.keeper = keeper;
  }

  /**
   * Opens (creating if needed) the database in a folder and creates the tables.
   *
   * @param dir the folder of the database files
   * @return the store; close it to release the database
   * @throws SQLException if the database cannot be opened
   */
  public static EventStore open(Path dir) throws SQLException {
    String url = "jdbc:h2:file:" + dir.toAbsolutePath().resolve("ehr") + ";LOCK_TIMEOUT=10000";
    Connection keeper = DriverManager.getConnection(url, "sa", "");
    try (Statement s = keeper.createStatement()) {
      s.execute(
          "CREATE TABLE IF NOT EXISTS course ("
              + " course_id VARCHAR(128) PRIMARY KEY,"
              + " protocol VARCHAR(64) NOT NULL)");
      s.execute(
          "CREATE TABLE IF NOT EXISTS course_event ("
              + " course_id VARCHAR(128) NOT NULL REFERENCES course (course_id),"
              + " seq INT NOT NULL,"
              + " type VARCHAR(64) NOT NULL,"
              + " json CHARACTER LARGE OBJECT NOT NULL,"
              + " PRIMARY KEY (course_id, seq))");
    }
    return new EventStore(url, keeper);
  }

  /**
   * Deletes every course, for a fresh run of the example.
   *
   * @throws SQLException on a database error
   */
  public void deleteAll() throws SQLException {
    try (Connection c = connect(); Statement s = c.createStatement()) {
      s.execute("DELETE FROM course_event");
      s.execute("DELETE FROM course");
    }
  }

  /**
   * Stores a new course with every event it has, in one transaction.
   *
   * @param course the course, whose events were all accepted
   * @throws SQLException on a database error, including a course id that is already stored
   */
  public void create(Course course) throws SQLException {
    try (Connection c = connect()) {
      c.setAutoCommit(false);
      try (PreparedStatement ps =
          c.prepareStatement("INSERT INTO course (course_id, protocol) VALUES (?, ?)")) {
        ps.setString(1, course.courseId().value());
        ps.setString(2, course.protocol().id());
        ps.executeUpdate();
      }
      List<CourseEvent> events = course.history();
      for (int i = 0; i < events.size(); i++) {
        insert(c, course.courseId(), i + 1, events.get(i));
      }
      c.commit();
    }
  }

  /**
   * Appends one accepted event at the next version.
   *
   * @param courseId the course
   * @param expectedVersion the number of events the caller's course has
   * @param event the event, already accepted by the caller's course
   * @return the event's sequence number, {@code expectedVersion + 1}
   * @throws StaleCourseException if another event was stored at that position first
   * @throws SQLException on another database error
   */
  public int append(HostId courseId, int expectedVersion, CourseEvent event)
      throws StaleCourseException, SQLException {
    try (Connection c = connect()) {
      insert(c, courseId, expectedVersion + 1, event);
      return expectedVersion + 1;
    } catch (SQLException e) {
      if (DUPLICATE_KEY.equals(e.getSQLState())) {
        throw new StaleCourseException(expectedVersion);
      }
      throw e;
    }
  }

  /**
   * Loads a course: reads its events in order and replays them under its protocol.
   *
   * @param courseId the course
   * @return the course; its version is {@code course.history().size()}
   * @throws SQLException on a database error
   * @throws IllegalStateException if the course is unknown or its log does not replay
   */
  public Course load(HostId courseId) throws SQLException {
    Protocol protocol;
    List<CourseEvent> events = new ArrayList<>();
    try (Connection c = connect()) {
      try (PreparedStatement ps =
          c.prepareStatement("SELECT protocol FROM course WHERE course_id = ?")) {
        ps.setString(1, courseId.value());
        try (ResultSet rs = ps.executeQuery()) {
          if (!rs.next()) {
            throw new IllegalStateException("no such course");
          }
          String id = rs.getString(1);
          protocol =
              Protocols.byId(id)
                  .orElseThrow(() -> new IllegalStateException("unknown protocol " + id));
        }
      }
      try (PreparedStatement ps =
          c.prepareStatement(
              "SELECT json FROM course_event WHERE course_id = ? ORDER BY seq")) {
        ps.setString(1, courseId.value());
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            events.add(json.read(rs.getString(1), CourseEvent.class));
          }
        }
      }
    }
    // A stored history is rebuilt, not judged again: a later release's rules never lock it out.
    Replay replay = Course.rebuild(protocol, events);
    if (replay instanceof Replay.Refused refused) {
      throw new IllegalStateException(
          "stored event " + (refused.index() + 1) + " does not rebuild: " + refused.violations());
    }
    return replay.orElseThrow();
  }

  /**
   * Lists the sequence numbers stored for a course, in order.
   *
   * @param courseId the course
   * @return the sequence numbers
   * @throws SQLException on a database error
   */
  public List<Integer> sequenceNumbers(HostId courseId) throws SQLException {
    List<Integer> out = new ArrayList<>();
    try (Connection c = connect();
        PreparedStatement ps =
            c.prepareStatement("SELECT seq FROM course_event WHERE course_id = ? ORDER BY seq")) {
      ps.setString(1, courseId.value());
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(rs.getInt(1));
        }
      }
    }
    return out;
  }

  /**
   * Counts the stored events of each type for a course.
   *
   * @param courseId the course
   * @param type the event type name, e.g. {@code "session-held"}
   * @return the count
   * @throws SQLException on a database error
   */
  public int count(HostId courseId, String type) throws SQLException {
    try (Connection c = connect();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT COUNT(*) FROM course_event WHERE course_id = ? AND type = ?")) {
      ps.setString(1, courseId.value());
      ps.setString(2, type);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getInt(1);
      }
    }
  }

  private void insert(Connection c, HostId courseId, int seq, CourseEvent event)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO course_event (course_id, seq, type, json) VALUES (?, ?, ?, ?)")) {
      ps.setString(1, courseId.value());
      ps.setInt(2, seq);
      ps.setString(3, event.type().typeName());
      ps.setString(4, json.write(event));
      ps.executeUpdate();
    }
  }

  private Connection connect() throws SQLException {
    return DriverManager.getConnection(url, "sa", "");
  }

  /**
   * Closes the database.
   *
   * @throws SQLException on a database error
   */
  @Override
  public void close() throws SQLException {
    keeper.close();
  }
}
