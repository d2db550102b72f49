package vn.thiduabot.reminder;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.quartz.impl.jdbcjobstore.StdJDBCDelegate;

/**
 * Quartz's standard delegate reads job data with ResultSet.getBlob, which sqlite-jdbc does not
 * implement (SQLFeatureNotSupportedException). Reading the same bytes with getBytes is all it takes.
 */
public class SqliteQuartzDelegate extends StdJDBCDelegate {

    @Override
    protected Object getObjectFromBlob(ResultSet rs, String colName) throws ClassNotFoundException, IOException, SQLException {
        byte[] bytes = rs.getBytes(colName);
        if (bytes == null || bytes.length == 0) {
            return null;
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
            return in.readObject();
        }
    }

    @Override
    protected Object getJobDataFromBlob(ResultSet rs, String colName) throws ClassNotFoundException, IOException, SQLException {
        return getObjectFromBlob(rs, colName);
    }
}
