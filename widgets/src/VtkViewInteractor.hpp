// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <vtkRenderWindowInteractor.h>

#include <functional>
#include <map>
#include <memory>

class QTimer;

namespace lupa::widgets {

/// The interactor behind VtkView: Qt runs the event loop, so this one never starts its own; VTK timers
/// are QTimers; and a render request is handed to the view, which coalesces it into its next repaint.
class VtkViewInteractor : public vtkRenderWindowInteractor {
public:
    static VtkViewInteractor* New();
    vtkTypeMacro(VtkViewInteractor, vtkRenderWindowInteractor)

        /// Called instead of rendering at once whenever VTK asks the interactor to render.
        void setRenderRequest(std::function<void()> request) {
        m_renderRequest = std::move(request);
    }

    /// Does nothing: Qt's event loop drives this interactor.
    void Start() override {}
    /// Hands the render to the view (see setRenderRequest).
    void Render() override;

protected:
    VtkViewInteractor();
    ~VtkViewInteractor() override;

    int InternalCreateTimer(int timerId, int timerType, unsigned long duration) override;
    int InternalDestroyTimer(int platformTimerId) override;

private:
    void onTimeout(int platformTimerId);

    std::function<void()> m_renderRequest;
    std::map<int, std::unique_ptr<QTimer>> m_timers;
    int m_nextTimerId = 1;
};

} // namespace lupa::widgets
