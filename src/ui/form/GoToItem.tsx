/** Opens item N of a long list directly, instead of scrolling through summaries. */
export function GoToItem(props: { count: number; onGo: (index: number) => void }) {
  let input!: HTMLInputElement;
  return (
    <form
      class="go-to-item"
      onSubmit={(event) => {
        event.preventDefault();
        const index = Number(input.value);
        if (Number.isInteger(index) && index >= 0 && index < props.count) props.onGo(index);
      }}
    >
      <label for="form-go-to-item">Go to item</label>
      <input ref={input} id="form-go-to-item" type="number" min="0" max={props.count - 1} step="1" required />
      <button type="submit">Open</button>
    </form>
  );
}
