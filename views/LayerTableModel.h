#pragma once

#include "LayerStats.h"

#include <QAbstractTableModel>

#include <vector>

class QUndoStack;

namespace memplanner {

class Document;
class PlanScheduler;

/**
 * The layer table: one row per graph node with its output shape, parameters, saved-for-backward
 * bytes, FLOPs and share of the peak. Name and "trainable" are editable; edits become undo
 * commands. Rows follow the document's node order; numbers follow the scheduler's plan.
 */
class LayerTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Type, OutputShape, Parameters, Saved, Flops, PeakShare, Trainable,
                  ColumnCount };
    /** Raw numbers for sorting (qlonglong / double), alongside the display text. */
    static constexpr int SortRole = Qt::UserRole + 1;

    LayerTableModel(Document *document, QUndoStack *undoStack, PlanScheduler *scheduler,
                    QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    /** The node name of @p row. */
    QString nameAt(int row) const;
    /** After a language change: headers are re-read by the views. */
    void retranslate();

signals:
    /** An edit was refused (translated reason), e.g. a duplicate name. */
    void editRefused(const QString &message);

private:
    void refreshRows();
    void refreshNumbers();

    Document *m_document;
    QUndoStack *m_undoStack;
    PlanScheduler *m_scheduler;
    std::vector<LayerRow> m_rows;
};

} // namespace memplanner
