package org.salwhub.assistance.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.UUID;
import org.salwhub.assistance.api.project.AssetLogEntry;

/** An entry of an asset's maintenance log. */
@Entity
@Table(name = "asst_prj_asset_log")
public class AssetLog {

    @Id
    @Column(length = 36)
    private String id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "asset_id")
    private Asset asset;

    @Column(name = "logged_on", nullable = false)
    private LocalDate loggedOn;

    @Column(nullable = false, length = 2000)
    private String note;

    @Column(name = "recorded_by", nullable = false, length = 100)
    private String recordedBy;

    @Version
    private long version;

    protected AssetLog() {
    }

    AssetLog(Asset asset, LocalDate on, String note, String by) {
        this.id = UUID.randomUUID().toString();
        this.asset = asset;
        this.loggedOn = on;
        this.note = note;
        this.recordedBy = by;
    }

    AssetLogEntry view() {
        return new AssetLogEntry(loggedOn, note, recordedBy);
    }
}
