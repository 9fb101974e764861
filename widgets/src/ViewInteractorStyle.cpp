// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "ViewInteractorStyle.hpp"

#include <vtkObjectFactory.h>

namespace lupa::widgets {

vtkStandardNewMacro(ViewInteractorStyle);

} // namespace lupa::widgets
