#include "TimelineModel.h"

#include "ByteFormat.h"
#include "PlanSerializer.h"

namespace memplanner {

TimelineModel::TimelineModel(QObject *parent) : QAbstractTableModel(parent) {}

void TimelineModel::setPlan(std::shared_ptr<const Plan> plan)
{
    beginResetModel();
    m_plan = std::move(plan);
    m_bytes.clear();
    m_peakRow = -1;
    if (m_plan && m_plan->core) {
        const StepTimeline &timeline = m_plan->core->timeline;
        const std::int64_t batch = m_plan->config.batch;
        m_bytes.reserve(timeline.snapshots.size());
        for (const MemorySnapshot &s : timeline.snapshots) {
            std::array<std::int64_t, kCategoryCount> row{};
            for (int c = 0; c < kCategoryCount; ++c)
                row[static_cast<std::size_t>(c)] = s.live[static_cast<std::size_t>(c)].at(batch);
            m_bytes.push_back(row);
        }
        if (!timeline.snapshots.empty())
            m_peakRow = timeline.peakIndex(batch);
    }
    endResetModel();
}

std::int64_t TimelineModel::bytes(int row, Category category) const
{
    return m_bytes[static_cast<std::size_t>(row)][static_cast<std::size_t>(category)];
}

std::int64_t TimelineModel::total(int row) const
{
    std::int64_t sum = 0;
    for (std::int64_t b : m_bytes[static_cast<std::size_t>(row)])
        sum += b;
    return sum;
}

Phase TimelineModel::phase(int row) const
{
    return m_plan->core->timeline.snapshots[static_cast<std::size_t>(row)].phase;
}

bool TimelineModel::recompute(int row) const
{
    return m_plan->core->timeline.snapshots[static_cast<std::size_t>(row)].recompute;
}

QString TimelineModel::layer(int row) const
{
    const int node = m_plan->core->timeline.snapshots[static_cast<std::size_t>(row)].node;
    if (node < 0)
        return {};
    const PlanCore &core = *m_plan->core;
    const AnalysedNode &n = core.graph.nodes[static_cast<std::size_t>(node)];
    return n.outputs.empty() ? QString() : core.graph.tensors[static_cast<std::size_t>(n.outputs.front())].name;
}

int TimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_bytes.size());
}

int TimelineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const int row = index.row();
    const int column = index.column();
    if (role == Qt::UserRole) {
        if (column == PhaseColumn)
            return static_cast<int>(phase(row));
        if (column == LayerColumn)
            return layer(row);
        if (column == TotalColumn)
            return static_cast<qlonglong>(total(row));
        return static_cast<qlonglong>(bytes(row, static_cast<Category>(column - FirstCategoryColumn)));
    }
    if (role != Qt::DisplayRole)
        return {};
    if (column == PhaseColumn)
        return recompute(row) ? tr("%1 (recompute)").arg(PlanSerializer::phaseLabel(phase(row)))
                              : PlanSerializer::phaseLabel(phase(row));
    if (column == LayerColumn)
        return layer(row);
    if (column == TotalColumn)
        return ByteFormat::bytes(total(row));
    return ByteFormat::bytes(bytes(row, static_cast<Category>(column - FirstCategoryColumn)));
}

QVariant TimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || orientation != Qt::Horizontal)
        return {};
    if (section == PhaseColumn)
        return tr("Phase");
    if (section == LayerColumn)
        return tr("Layer");
    if (section == TotalColumn)
        return tr("Tensors");
    return PlanSerializer::categoryLabel(static_cast<Category>(section - FirstCategoryColumn));
}

void TimelineModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

} // namespace memplanner
