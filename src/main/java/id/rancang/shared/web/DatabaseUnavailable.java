package id.rancang.shared.web;

import java.sql.SQLTransientConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Recognises failures that mean "the database is not reachable right now": no connection could be
 * had, or the one in use broke (SQL state class 08, or 57P shutdown).
 */
final class DatabaseUnavailable {

  private DatabaseUnavailable() {}

  static boolean is(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause()) {
      if (t instanceof DataAccessResourceFailureException
          || t instanceof CannotCreateTransactionException
          || t instanceof SQLTransientConnectionException
          || t instanceof java.net.ConnectException) {
        return true;
      }
      if (t instanceof java.sql.SQLException sql
          && sql.getSQLState() != null
          && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
        // connection exceptions, and the server shutting down (admin_shutdown, crash_shutdown)
        return true;
      }
      if (t instanceof org.springframework.transaction.TransactionSystemException failed
          && failed.getApplicationException() != null
          && is(failed.getApplicationException())) {
        // the rollback failed because the connection broke: what broke it is the real cause
        return true;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return false;
  }
}
