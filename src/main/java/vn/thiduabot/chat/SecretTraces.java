package vn.thiduabot.chat;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Removes what the chat layer still holds about a secret decision once it is over (a closed vote): the
 * buttons' server-side payloads and the conversation drafts of a flow step, in the caller's transaction.
 */
@Service
public class SecretTraces {

    @PersistenceContext
    private EntityManager em;

    /** Deletes every button of this action whose payload starts with this prefix; returns how many. */
    @Transactional
    public int revokeButtons(String action, String payloadPrefix) {
        return em.createQuery("delete from CallbackToken t where t.action = :action and t.payload like :prefix")
                .setParameter("action", action)
                .setParameter("prefix", payloadPrefix.replace("%", "").replace("_", "") + "%")
                .executeUpdate();
    }

    /** Ends every conversation at this step of this flow, its draft discarded; returns how many. */
    @Transactional
    public int forgetDrafts(String flow, String step) {
        return em.createQuery("update Conversation c set c.flow = null, c.step = null, c.data = null "
                        + "where c.flow = :flow and c.step = :step")
                .setParameter("flow", flow)
                .setParameter("step", step)
                .executeUpdate();
    }
}
