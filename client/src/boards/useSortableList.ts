import Sortable from 'sortablejs';
import { onBeforeUnmount, onMounted } from 'vue';
import type { Ref } from 'vue';

export interface ListDrop {
  id: string;
  fromStage: string;
  toStage: string;
  /** Index among the target list's cards, with the dragged card taken out. */
  toIndex: number;
}

/**
 * Drag and drop (mouse and touch) over a list of cards with SortableJS. Sortable moves DOM nodes
 * itself; the node is put back at once so that Vue's state — changed by the board engine — stays
 * the only source of what is shown.
 *
 * `draggedSincePress` tells a click that ends a drag from a click that opens a card: Sortable
 * swallows that click itself, but not on Chrome for Android.
 */
export function useSortableList(list: Ref<HTMLElement | null>, group: string, onDrop: (drop: ListDrop) => void): { draggedSincePress: () => boolean } {
  let sortable: Sortable | null = null;
  let dragged = false;
  const pressed = () => {
    dragged = false;
  };
  onMounted(() => {
    if (!list.value) return;
    list.value.addEventListener('pointerdown', pressed, true);
    sortable = Sortable.create(list.value, {
      group,
      draggable: '[data-card-id]',
      // A card the viewer may not change stays put (it still counts for drop indexes); buttons on a
      // card are for clicking, not for starting a drag.
      filter: '[data-locked], button',
      preventOnFilter: false,
      forceFallback: true,
      fallbackOnBody: true,
      fallbackTolerance: 4,
      delayOnTouchOnly: true,
      delay: 120,
      animation: 120,
      ghostClass: 'card--ghost',
      chosenClass: 'card--chosen',
      dragClass: 'card--dragging',
      onStart() {
        dragged = true;
      },
      onEnd(event) {
        const id = event.item.dataset.cardId;
        const fromStage = event.from.dataset.listStage;
        const toStage = event.to.dataset.listStage;
        const oldIndex = event.oldIndex ?? 0;
        // Dropped where it was: nothing to undo, and the node stays so that Sortable takes the drag's click.
        if (event.from === event.to && event.newIndex === oldIndex) return;
        event.item.remove();
        event.from.insertBefore(event.item, event.from.children[oldIndex] ?? null);
        if (!id || !fromStage || !toStage) return;
        const toIndex = event.newDraggableIndex ?? event.newIndex ?? 0;
        if (fromStage === toStage && toIndex === (event.oldDraggableIndex ?? oldIndex)) return;
        onDrop({ id, fromStage, toStage, toIndex });
      },
    });
  });
  onBeforeUnmount(() => {
    list.value?.removeEventListener('pointerdown', pressed, true);
    sortable?.destroy();
  });
  return { draggedSincePress: () => dragged };
}
