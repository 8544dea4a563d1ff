package org.salwhub.web.ui.assistance;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.salwhub.assistance.api.project.AssetInput;
import org.salwhub.assistance.api.project.AssetStatus;
import org.salwhub.assistance.api.project.AssetView;
import org.salwhub.assistance.api.project.ProjectDeliverableInput;
import org.salwhub.assistance.api.project.ProjectDeliverableView;
import org.salwhub.assistance.api.project.ProjectIndicatorInput;
import org.salwhub.assistance.api.project.ProjectIndicatorPeriod;
import org.salwhub.assistance.api.project.ProjectIndicatorView;

/** The project page's editable rows (deliverables, assets, indicators), one per line of a table. */
public final class ProjectRows {

    private ProjectRows() {
    }

    private static int zero(Integer value) {
        return value == null ? 0 : value;
    }


    /** A deliverable line as the page edits it. */
    public static final class DeliverableRow implements Serializable {
        private static final long serialVersionUID = 1L;
        UUID id;
        long version;
        String itemCode;
        String description;
        Integer planned;
        Integer delivered;
        Integer installed;
        Integer operational;
        Integer traineesFemale;
        Integer traineesMale;

        static DeliverableRow of(ProjectDeliverableView d) {
            DeliverableRow row = new DeliverableRow();
            row.id = d.id();
            row.version = d.version();
            row.itemCode = d.itemCode();
            row.description = d.description();
            row.planned = d.planned();
            row.delivered = d.delivered();
            row.installed = d.installed();
            row.operational = d.operational();
            row.traineesFemale = d.traineesFemale();
            row.traineesMale = d.traineesMale();
            return row;
        }

        ProjectDeliverableInput input() {
            return new ProjectDeliverableInput(id, itemCode, description, zero(planned), zero(delivered),
                    zero(installed), zero(operational), zero(traineesFemale), zero(traineesMale), version);
        }

        void reset() {
            itemCode = null;
            description = null;
            planned = null;
            delivered = null;
            installed = null;
            operational = null;
            traineesFemale = null;
            traineesMale = null;
        }

        public int getPercent() {
            return zero(planned) == 0 ? 0 : Math.min(100, Math.round(zero(delivered) * 100f / zero(planned)));
        }

        public UUID getId() {
            return id;
        }

        public String getItemCode() {
            return itemCode;
        }

        public void setItemCode(String itemCode) {
            this.itemCode = itemCode;
        }

        public String getDescription() {
            return description;
        }

        public void setDescription(String description) {
            this.description = description;
        }

        public Integer getPlanned() {
            return planned;
        }

        public void setPlanned(Integer planned) {
            this.planned = planned;
        }

        public Integer getDelivered() {
            return delivered;
        }

        public void setDelivered(Integer delivered) {
            this.delivered = delivered;
        }

        public Integer getInstalled() {
            return installed;
        }

        public void setInstalled(Integer installed) {
            this.installed = installed;
        }

        public Integer getOperational() {
            return operational;
        }

        public void setOperational(Integer operational) {
            this.operational = operational;
        }

        public Integer getTraineesFemale() {
            return traineesFemale;
        }

        public void setTraineesFemale(Integer traineesFemale) {
            this.traineesFemale = traineesFemale;
        }

        public Integer getTraineesMale() {
            return traineesMale;
        }

        public void setTraineesMale(Integer traineesMale) {
            this.traineesMale = traineesMale;
        }
    }

    /** An asset as the page edits it; a log note is added when saved. */
    public static final class AssetRow implements Serializable {
        private static final long serialVersionUID = 1L;
        UUID id;
        long version;
        AssetView view;
        String serialNumber;
        String model;
        String custodianAgency;
        String location;
        AssetStatus status = AssetStatus.OPERATIONAL;
        Integer trainedOperators;
        String logNote;

        static AssetRow of(AssetView a) {
            AssetRow row = new AssetRow();
            row.id = a.id();
            row.version = a.version();
            row.view = a;
            row.serialNumber = a.serialNumber();
            row.model = a.model();
            row.custodianAgency = a.custodianAgency();
            row.location = a.location();
            row.status = a.status();
            row.trainedOperators = a.trainedOperators();
            return row;
        }

        AssetInput input() {
            return new AssetInput(id, serialNumber, model, view == null ? "MARKING_MACHINE" : view.equipmentType(),
                    view == null ? null : view.stateId(), custodianAgency, location, status, zero(trainedOperators),
                    null, version);
        }

        void reset() {
            serialNumber = null;
            model = null;
            custodianAgency = null;
            location = null;
            status = AssetStatus.OPERATIONAL;
            trainedOperators = null;
        }

        public AssetView getView() {
            return view;
        }

        public String getSerialNumber() {
            return serialNumber;
        }

        public void setSerialNumber(String serialNumber) {
            this.serialNumber = serialNumber;
        }

        public String getModel() {
            return model;
        }

        public void setModel(String model) {
            this.model = model;
        }

        public String getCustodianAgency() {
            return custodianAgency;
        }

        public void setCustodianAgency(String custodianAgency) {
            this.custodianAgency = custodianAgency;
        }

        public String getLocation() {
            return location;
        }

        public void setLocation(String location) {
            this.location = location;
        }

        public AssetStatus getStatus() {
            return status;
        }

        public void setStatus(AssetStatus status) {
            this.status = status;
        }

        public Integer getTrainedOperators() {
            return trainedOperators;
        }

        public void setTrainedOperators(Integer trainedOperators) {
            this.trainedOperators = trainedOperators;
        }

        public String getLogNote() {
            return logNote;
        }

        public void setLogNote(String logNote) {
            this.logNote = logNote;
        }
    }

    /** An indicator whose latest period's actual value the page edits. */
    public static final class IndicatorRow implements Serializable {
        private static final long serialVersionUID = 1L;
        ProjectIndicatorView view;
        BigDecimal actual;

        static IndicatorRow of(ProjectIndicatorView v) {
            IndicatorRow row = new IndicatorRow();
            row.view = v;
            row.actual = v.periods().isEmpty() ? null : v.periods().get(v.periods().size() - 1).actual();
            return row;
        }

        ProjectIndicatorInput input() {
            List<ProjectIndicatorPeriod> periods = new ArrayList<>(view.periods());
            if (!periods.isEmpty()) {
                ProjectIndicatorPeriod last = periods.remove(periods.size() - 1);
                periods.add(new ProjectIndicatorPeriod(last.start(), last.end(), last.target(), actual));
            }
            return new ProjectIndicatorInput(view.id(), view.title(), view.percentage(), view.unit(),
                    view.baselineYear(), view.baseline(), periods, view.version());
        }

        public ProjectIndicatorView getView() {
            return view;
        }

        public boolean isHasPeriod() {
            return !view.periods().isEmpty();
        }

        public BigDecimal getActual() {
            return actual;
        }

        public void setActual(BigDecimal actual) {
            this.actual = actual;
        }
    }

}
