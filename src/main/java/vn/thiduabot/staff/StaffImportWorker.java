package vn.thiduabot.staff;

import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.thiduabot.chat.FileFetcher;

/**
 * Downloads and reads a staff list outside any transaction: a slow Telegram download must not hold
 * SQLite's single write lock. The update that brought the file commits a {@link StaffImport} row;
 * after that commit this worker fetches the file, plans the import in a short read, and stores the
 * preview and its card in a short write. A row left downloading by a crash is taken up again at start.
 */
@Component
class StaffImportWorker {

    private static final Logger log = LoggerFactory.getLogger(StaffImportWorker.class);

    private final StaffImportRepository imports;
    private final ObjectProvider<FileFetcher> fetcher;
    private final StaffImporter importer;
    private final ImportOffers preview;
    private final TransactionTemplate tx;
    /**
     * One download at a time, on a thread of its own: even after the update's commit, its connection (the
     * pool has one) is only released once the commit's callbacks are done.
     */
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "staff-import");
        t.setDaemon(true);
        return t;
    });

    StaffImportWorker(StaffImportRepository imports, ObjectProvider<FileFetcher> fetcher, StaffImporter importer,
                      ImportOffers preview, PlatformTransactionManager transactions) {
        this.imports = imports;
        this.fetcher = fetcher;
        this.importer = importer;
        this.preview = preview;
        this.tx = new TransactionTemplate(transactions);
        // after another transaction's commit, its resources may still be bound: always a transaction of our own
        this.tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Called in the update's transaction: the download starts once it has committed (never if it rolls back). */
    void startAfterCommit(long importId) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            submit(importId);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                submit(importId);
            }
        });
    }

    /** Files a crash left half-way are downloaded again. */
    @EventListener(ApplicationReadyEvent.class)
    void resume() {
        List<Long> left = tx.execute(s -> imports.findByStatusOrderByIdAsc(StaffImport.Status.DOWNLOADING).stream()
                .map(StaffImport::id).toList());
        if (left != null && !left.isEmpty()) {
            log.info("Taking up {} staff list(s) not yet read before the restart", left.size());
            left.forEach(this::submit);
        }
    }

    private void submit(long importId) {
        executor.execute(() -> run(importId));
    }

    /** Waits until every file handed over so far has been dealt with (for tests; files are taken in turn). */
    void awaitIdle() {
        try {
            executor.submit(() -> { }).get(2, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("staff import worker did not finish", e);
        }
    }

    void run(long importId) {
        try {
            StaffImport row = tx.execute(s -> imports.findById(importId).filter(StaffImport::isDownloading).orElse(null));
            if (row == null) {
                return;
            }
            FileFetcher files = fetcher.getIfAvailable();
            if (files == null) {
                tx.executeWithoutResult(s -> preview.downloadFailed(importId, "import.no-files"));
                return;
            }
            byte[] content;
            try {
                content = files.fetch(row.fileId(), importer.maxFileBytes());
            } catch (IOException | RuntimeException e) {
                log.warn("Staff import #{}: could not download the file: {}", importId, e.toString());
                tx.executeWithoutResult(s -> preview.downloadFailed(importId, "import.download-failed"));
                return;
            }
            ImportPlan plan = tx.execute(s -> importer.plan(row.fileName(), content));
            tx.executeWithoutResult(s -> preview.offer(importId, content, plan));
        } catch (RuntimeException e) {
            log.error("Staff import #{} failed; the sender is told", importId, e);
            try {
                tx.executeWithoutResult(s -> preview.downloadFailed(importId, "import.failed"));
            } catch (RuntimeException again) {
                log.error("Could not even tell the sender of staff import #{}", importId, again);
            }
        }
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
