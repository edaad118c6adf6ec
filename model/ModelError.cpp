#include "ModelError.h"

namespace memplanner {

ModelError ModelError::overflow(const QString &what)
{
    return ModelError(tr("Sizes overflow 64 bits at %1: the model or batch is absurdly large.")
                          .arg(what));
}

} // namespace memplanner
