package vn.thiduabot.scoring.web;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Conditional;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.thiduabot.chat.FileFetcher;
import vn.thiduabot.people.Person;
import vn.thiduabot.scoring.Actor;
import vn.thiduabot.scoring.Evidence;
import vn.thiduabot.scoring.ReviewService;
import vn.thiduabot.scoring.Snapshot;
import vn.thiduabot.web.MiniAppEnabled;
import vn.thiduabot.web.WebRefusal;

/**
 * {@code GET /api/app/review/{id}/evidence/{evidenceId}}: one evidence file of a submission, to the reviewer who may
 * see the sheet (the same check and the same claim as opening it). The page fetches it with its initData and shows it
 * from a blob. Where the bot has no way to fetch files (no transport), a polite 503.
 */
@RestController
@Conditional(MiniAppEnabled.class)
class ReviewEvidenceController {

    private final ReviewService reviews;
    private final ObjectProvider<FileFetcher> fetcher;

    ReviewEvidenceController(ReviewService reviews, ObjectProvider<FileFetcher> fetcher) {
        this.reviews = reviews;
        this.fetcher = fetcher;
    }

    @GetMapping("/api/app/review/{id}/evidence/{evidenceId}")
    ResponseEntity<byte[]> evidence(@PathVariable long id, @PathVariable long evidenceId, Person viewer) {
        Actor me = ReviewAccess.reviewer(viewer);
        Snapshot snap = reviews.holding(me, id, reviews.stageFor(me, id));
        Evidence file = snap.evidence().stream().filter(e -> e.getId() == evidenceId).findFirst()
                .orElseThrow(WebRefusal::notFound);
        FileFetcher files = fetcher.getIfAvailable();
        if (files == null) {
            throw new WebRefusal(503, "web.review.evidence-unavailable");
        }
        return EvidenceDownload.of(files, evidenceId, file.getFileId(), file.getFileName(), file.getMimeType(),
                file.getKind() == Evidence.Kind.PHOTO);
    }
}
