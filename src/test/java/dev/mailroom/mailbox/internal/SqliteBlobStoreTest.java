package dev.mailroom.mailbox.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mailroom.mailbox.BlobStore;
import dev.mailroom.mailbox.BlobStoreContract;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteBlobStoreTest implements BlobStoreContract {

    @TempDir
    Path dir;

    private SqliteBlobStore store;

    @BeforeEach
    void openStore() {
        store = new SqliteBlobStore(dir.resolve("blobs.db"));
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    @Override
    public BlobStore blobStore() {
        return store;
    }

    @Override
    public void corruptStoredBlob(String sha256) throws Exception {
        store.flush();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("blobs.db"));
                PreparedStatement ps = c.prepareStatement("UPDATE blobs SET data = substr(data, 1, length(data) - 3) || x'010203' WHERE sha256 = ?")) {
            ps.setString(1, sha256);
            assertThat(ps.executeUpdate()).isEqualTo(1);
        }
    }

    @Test
    void blobsShouldSurviveReopeningTheFile() {
        String sha = store.put("kept across restarts".getBytes(StandardCharsets.UTF_8));
        store.close();
        store = new SqliteBlobStore(dir.resolve("blobs.db"));
        assertThat(store.get(sha)).hasValueSatisfying(b -> assertThat(new String(b, StandardCharsets.UTF_8)).isEqualTo("kept across restarts"));
    }
}
