#pragma once

#include <QCoreApplication>
#include <QString>

#include <exception>

namespace memplanner {

/**
 * A user-facing error from the engine: bad input, unknown names, impossible shapes.
 * The message is already translated and names the node or field at fault.
 */
class ModelError : public std::exception
{
    Q_DECLARE_TR_FUNCTIONS(ModelError)

public:
    explicit ModelError(QString message, QString node = QString())
        : m_message(std::move(message)), m_node(std::move(node))
    {
    }
    const QString &message() const { return m_message; }
    /** The graph node at fault, when there is one (the editor flags it). */
    const QString &node() const { return m_node; }
    const char *what() const noexcept override { return "memplanner::ModelError"; }

    /** The message for an arithmetic overflow while sizing @p what. */
    static ModelError overflow(const QString &what);

private:
    QString m_message;
    QString m_node;
};

} // namespace memplanner
