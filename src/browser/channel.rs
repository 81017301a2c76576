//! BroadcastChannel between this origin's windows: the workshop's presenter and projector windows
//! keep each other current with it, with no server in between.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{BroadcastChannel, MessageEvent};

/// An open channel. Messages are strings (JSON), so nothing but plain data crosses windows.
pub struct Channel {
    inner: BroadcastChannel,
    // Kept so the listener lives as long as the channel.
    _listener: Closure<dyn Fn(MessageEvent)>,
}

impl Channel {
    /// Opens `name` and calls `received` with every string another window posts. None where the
    /// browser has no BroadcastChannel: the windows then still meet through storage on reload.
    pub fn open(name: &str, received: impl Fn(String) + 'static) -> Option<Channel> {
        let inner = BroadcastChannel::new(name).ok()?;
        let listener = Closure::<dyn Fn(MessageEvent)>::new(move |event: MessageEvent| {
            if let Some(text) = event.data().as_string() {
                received(text);
            }
        });
        inner.set_onmessage(Some(listener.as_ref().unchecked_ref()));
        Some(Channel { inner, _listener: listener })
    }

    pub fn post(&self, message: &str) {
        let _ = self.inner.post_message(&JsValue::from_str(message));
    }
}
