#include "LayerTableModel.h"

#include "ByteFormat.h"
#include "Document.h"
#include "EditCommands.h"
#include "GraphEditing.h"
#include "PlanScheduler.h"

#include <QBrush>
#include <QFont>
#include <QLocale>
#include <QPalette>
#include <QUndoStack>

namespace memplanner {

LayerTableModel::LayerTableModel(Document *document, QUndoStack *undoStack,
                                 PlanScheduler *scheduler, QObject *parent)
    : QAbstractTableModel(parent), m_document(document), m_undoStack(undoStack),
      m_scheduler(scheduler)
{
    m_rows = LayerStats::rows(document->graph(), scheduler->plan().get());
    connect(document, &Document::projectReset, this, [this] {
        beginResetModel();
        refreshRows();
        endResetModel();
    });
    connect(document, &Document::nodeInserted, this, [this](int index) {
        beginInsertRows(QModelIndex(), index, index);
        refreshRows();
        endInsertRows();
    });
    connect(document, &Document::nodeAboutToBeRemoved, this,
            [this](int index) { beginRemoveRows(QModelIndex(), index, index); });
    connect(document, &Document::nodeRemoved, this, [this](int) {
        refreshRows();
        endRemoveRows();
    });
    connect(document, &Document::nodeChanged, this, [this](int index) {
        refreshRows();
        emit dataChanged(this->index(index, 0), this->index(index, ColumnCount - 1));
    });
    connect(scheduler, &PlanScheduler::planUpdated, this, &LayerTableModel::refreshNumbers);
}

void LayerTableModel::refreshRows()
{
    // The plan describes the graph before this edit; numbers come back with the next plan.
    m_rows = LayerStats::rows(m_document->graph(), nullptr);
}

void LayerTableModel::refreshNumbers()
{
    m_rows = LayerStats::rows(m_document->graph(), m_scheduler->plan().get());
    if (!m_rows.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int LayerTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int LayerTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString LayerTableModel::nameAt(int row) const
{
    return row >= 0 && row < rowCount() ? m_rows[static_cast<std::size_t>(row)].name : QString();
}

QVariant LayerTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LayerRow &row = m_rows[static_cast<std::size_t>(index.row())];
    const QLocale locale;
    if (role == Qt::DisplayRole || role == Qt::EditRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Name: return row.name;
        case Type: return row.op;
        case OutputShape: return LayerStats::shapeText(row.outputShape);
        case Parameters: return locale.toString(static_cast<qlonglong>(row.parameters));
        case Saved: return ByteFormat::bytes(row.savedBytes);
        case Flops: return ByteFormat::flops(row.forwardFlops);
        case PeakShare: return QString(locale.toString(row.peakShare * 100.0, 'f', 1) + QLatin1Char('%'));
        default: break;
        }
    }
    if (role == SortRole) {
        switch (index.column()) {
        case Name: return row.name;
        case Type: return row.op;
        case OutputShape: return LayerStats::shapeText(row.outputShape);
        case Parameters: return static_cast<qlonglong>(row.parameters);
        case Saved: return static_cast<qlonglong>(row.savedBytes);
        case Flops: return row.forwardFlops;
        case PeakShare: return row.peakShare;
        case Trainable: return row.trainable;
        default: break;
        }
    }
    if (role == Qt::CheckStateRole && index.column() == Trainable)
        return row.trainable ? Qt::Checked : Qt::Unchecked;
    if (role == Qt::TextAlignmentRole && index.column() >= Parameters && index.column() <= PeakShare)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::FontRole && row.isPeakNode) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    return {};
}

QVariant LayerTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name: return tr("Name");
    case Type: return tr("Type");
    case OutputShape: return tr("Output shape");
    case Parameters: return tr("Parameters");
    case Saved: return tr("Saved for backward");
    case Flops: return tr("Forward FLOPs");
    case PeakShare: return tr("Share of peak");
    case Trainable: return tr("Trainable");
    default: return {};
    }
}

Qt::ItemFlags LayerTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (!index.isValid())
        return f;
    if (index.column() == Name)
        f |= Qt::ItemIsEditable;
    if (index.column() == Trainable)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

bool LayerTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const Graph &graph = m_document->graph();
    const Node &current = graph.nodes.at(index.row());
    Node changed = current;
    QString text;
    if (index.column() == Name && role == Qt::EditRole) {
        const QString name = value.toString().trimmed();
        if (name == current.name)
            return false;
        const QString error = GraphEditing::nameError(graph, name, current.name);
        if (!error.isEmpty()) {
            emit editRefused(error);
            return false;
        }
        changed.name = name;
        text = tr("Rename “%1” to “%2”").arg(current.name, name);
    } else if (index.column() == Trainable && role == Qt::CheckStateRole) {
        changed.trainable = value.toInt() == Qt::Checked;
        if (changed.trainable == current.trainable)
            return false;
        text = changed.trainable ? tr("Unfreeze “%1”").arg(current.name)
                                 : tr("Freeze “%1”").arg(current.name);
    } else {
        return false;
    }
    m_undoStack->push(new ChangeNodesCommand(m_document, {{current.name, changed}}, text));
    return true;
}

void LayerTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

} // namespace memplanner
